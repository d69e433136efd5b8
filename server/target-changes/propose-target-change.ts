import type { Db } from '@/db';
import { targetChanges } from '@/db/schema';
import { findTargetChange, type TargetChangeWithPeople } from '@/db/queries/target-changes';
import type { NumberSource } from '@/lib/forms/number-schema';
import { formatTimestamp } from '@/lib/format/timestamp';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { isProjectOwner, requireReadableProject } from '../auth/access';
import { ForbiddenError } from '../errors';
import { targetFieldsOf } from '../monitoring/indicator-target';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { targetColumns } from './apply-target';
import { parseTargetChange } from './target-change-input';
import { checkChangesTarget, checkTargetFields, findIndicatorOrThrow, refuseSecondPending } from './target-rules';

/**
 * 目标调整 (DOMAIN.md §5): the project's owner proposes a new target with a reason; it counts only once approved.
 * Order: actor → right to the project → input → rules → transaction with its audit row.
 */
export function proposeTargetChange(db: Db, actor: Actor, indicatorId: number, body: unknown, { numbers = 'json' }: { numbers?: NumberSource } = {}): TargetChangeWithPeople {
  const indicator = findIndicatorOrThrow(db, indicatorId);
  const project = requireReadableProject(db, actor, indicator.projectId);
  if (!isProjectOwner(db, actor, project.id)) throw new ForbiddenError('只有该项目的负责人可以申请调整目标');

  const { fields, reason } = parseTargetChange(body, { numbers, maxText: loadMonitoringSettings(db).noteMaxLength });
  checkChangesTarget(indicator, fields);
  checkTargetFields(db, indicator, project.year, fields);
  refuseSecondPending(db, indicator.id, (p) => `该指标已有待审批的目标调整（${p.proposerName} 于 ${formatTimestamp(p.proposedAt)} 提出），审批或驳回之前不能再次申请`);

  return db.transaction((tx) => {
    const change = tx
      .insert(targetChanges)
      .values({ indicatorId: indicator.id, status: 'pending', before: targetFieldsOf(indicator), proposed: fields, reason, proposedBy: actor.id, proposedAt: new Date().toISOString() })
      .returning()
      .get();
    // In the audit log, the fields the proposal would move (before → after) with its reason.
    const after = { ...targetColumns(fields), reason, approval: change.status, targetChangeId: change.id };
    recordAudit(tx, { actor, action: 'target-change.propose', entity: 'indicator', entityId: indicator.id, before: targetColumns(change.before), after });
    return findTargetChange(tx, change.id)!;
  });
}
