/** The JSON of a 目标调整 in the REST API v1, in the shape schemas/target-change.ts declares. */
import type { TargetChangeWithPeople } from '@/db/queries/target-changes';
import type { TargetChangeJson } from './schemas/target-change';

export function targetChangeJson(change: TargetChangeWithPeople): TargetChangeJson {
  return {
    id: change.id,
    indicatorId: change.indicatorId,
    status: change.status,
    before: change.before,
    proposed: change.proposed,
    reason: change.reason,
    proposedBy: change.proposerUsername,
    proposedAt: change.proposedAt,
    decidedBy: change.deciderUsername,
    decidedAt: change.decidedAt,
    comment: change.comment,
  };
}
