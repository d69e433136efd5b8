/** The JSON shape of a 目标调整 in the REST API v1 (see openapi.json). */
import type { TargetChangeWithPeople } from '@/db/queries/target-changes';
import type { TargetChangeStatus, TargetFields } from '@/lib/target-change/fields';

export interface TargetChangeJson {
  id: number;
  indicatorId: number;
  status: TargetChangeStatus;
  /** The target that counted when it was proposed (when it was approved, for an approved one). */
  before: TargetFields;
  proposed: TargetFields;
  reason: string;
  /** Usernames. */
  proposedBy: string;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string;
}

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
