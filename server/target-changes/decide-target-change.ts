import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db';
import { targetChanges } from '@/db/schema';
import { findProject } from '@/db/queries/projects';
import { findTargetChange, type TargetChangeWithPeople } from '@/db/queries/target-changes';
import { formatTimestamp } from '@/lib/format/timestamp';
import { TARGET_CHANGE_STATUS_LABELS } from '@/lib/target-change/fields';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { ConflictError, NotFoundError } from '../errors';
import { targetFieldsOf } from '../monitoring/indicator-target';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { applyTarget } from './apply-target';
import { requireTargetApprover } from './approvers';
import { parseDecision } from './target-change-input';
import { checkTargetFields, findIndicatorOrThrow } from './target-rules';

/** The change, its indicator and project, once the actor is known to decide for the project's department. */
function loadForDecision(db: Db, actor: Actor, changeId: number) {
  const change = Number.isSafeInteger(changeId) ? findTargetChange(db, changeId) : undefined;
  if (!change) throw new NotFoundError('目标调整不存在');
  const indicator = findIndicatorOrThrow(db, change.indicatorId);
  const project = findProject(db, indicator.projectId)!;
  const settings = loadMonitoringSettings(db);
  requireTargetApprover(actor, settings, project.departmentId);
  return { change, indicator, project, settings };
}

function refuseDecided(change: TargetChangeWithPeople): void {
  if (change.status === 'pending') return;
  throw new ConflictError(`该目标调整${TARGET_CHANGE_STATUS_LABELS[change.status]}（${change.deciderName}，${formatTimestamp(change.decidedAt!)}），不能再次审批`);
}

/** Marks the change decided, unless someone decided it first. */
function decide(tx: DbOrTx, change: TargetChangeWithPeople, values: Partial<typeof targetChanges.$inferInsert>): void {
  const { changes } = tx.update(targetChanges).set(values).where(and(eq(targetChanges.id, change.id), eq(targetChanges.status, 'pending'))).run();
  if (changes !== 1) throw new ConflictError('该目标调整已被他人审批，请刷新后查看');
}

/**
 * The approver accepts a proposal: in one transaction the indicator takes the proposed target (marked corrected, so a
 * re-import keeps it), the change records what it replaced, who decided and when, and the audit log both.
 */
export function approveTargetChange(db: Db, actor: Actor, changeId: number, body: unknown): TargetChangeWithPeople {
  const { change, indicator, project, settings } = loadForDecision(db, actor, changeId);
  const comment = parseDecision(body, { maxText: settings.noteMaxLength, commentRequired: false });
  refuseDecided(change);
  checkTargetFields(db, indicator, project.year, change.proposed);

  return db.transaction((tx) => {
    const at = new Date().toISOString();
    decide(tx, change, { status: 'approved', before: targetFieldsOf(indicator), decidedBy: actor.id, decidedAt: at, comment });
    const updated = applyTarget(tx, indicator.id, change.proposed, at);
    recordAudit(tx, { actor, action: 'target-change.approve', entity: 'indicator', entityId: indicator.id, before: indicator, after: { ...updated, targetChangeId: change.id, comment } });
    return findTargetChange(tx, change.id)!;
  });
}

/** The approver turns a proposal down with a comment for the owner; the target stays as it is. */
export function rejectTargetChange(db: Db, actor: Actor, changeId: number, body: unknown): TargetChangeWithPeople {
  const { change, indicator, settings } = loadForDecision(db, actor, changeId);
  const comment = parseDecision(body, { maxText: settings.noteMaxLength, commentRequired: true });
  refuseDecided(change);

  return db.transaction((tx) => {
    decide(tx, change, { status: 'rejected', decidedBy: actor.id, decidedAt: new Date().toISOString(), comment });
    const before = { approval: change.status, targetChangeId: change.id };
    const after = { approval: 'rejected', comment, targetChangeId: change.id };
    recordAudit(tx, { actor, action: 'target-change.reject', entity: 'indicator', entityId: indicator.id, before, after });
    return findTargetChange(tx, change.id)!;
  });
}
