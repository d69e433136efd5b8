import type { Db } from '@/db';
import { targetChanges } from '@/db/schema';
import { findProject } from '@/db/queries/projects';
import { findTargetChange, type TargetChangeWithPeople } from '@/db/queries/target-changes';
import type { NumberSource } from '@/lib/forms/number-schema';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../errors';
import { targetFieldsOf } from '../monitoring/indicator-target';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { applyTarget } from './apply-target';
import { parseTargetChange } from './target-change-input';
import { checkChangesTarget, checkTargetFields, findIndicatorOrThrow, refuseSecondPending } from './target-rules';

/**
 * The administrator sets a target (e.g. a 计划完成月份) directly: recorded as a change proposed and approved by the
 * administrator at the same instant, so the indicator's history stays one list.
 */
export function setTarget(db: Db, actor: Actor, indicatorId: number, body: unknown, { numbers = 'json' }: { numbers?: NumberSource } = {}): TargetChangeWithPeople {
  if (actor.role !== 'admin') throw new ForbiddenError('只有系统管理员可以直接设定目标');
  const indicator = findIndicatorOrThrow(db, indicatorId);
  const project = findProject(db, indicator.projectId)!;

  const { fields, reason } = parseTargetChange(body, { numbers, maxText: loadMonitoringSettings(db).noteMaxLength });
  checkChangesTarget(indicator, fields);
  checkTargetFields(db, indicator, project.year, fields);
  refuseSecondPending(db, indicator.id, (p) => `该指标有 ${p.proposerName} 提出的目标调整待审批：请先批准或驳回`);

  return db.transaction((tx) => {
    const at = new Date().toISOString();
    const change = tx
      .insert(targetChanges)
      .values({ indicatorId: indicator.id, status: 'approved', before: targetFieldsOf(indicator), proposed: fields, reason, proposedBy: actor.id, proposedAt: at, decidedBy: actor.id, decidedAt: at })
      .returning()
      .get();
    const updated = applyTarget(tx, indicator.id, fields, at);
    recordAudit(tx, { actor, action: 'target-change.set', entity: 'indicator', entityId: indicator.id, before: indicator, after: { ...updated, targetChangeId: change.id, reason } });
    return findTargetChange(tx, change.id)!;
  });
}
