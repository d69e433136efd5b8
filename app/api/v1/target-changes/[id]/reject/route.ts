import { decideTargetChangeRoute } from '@/server/api/target-change-decision';

/** POST /api/v1/target-changes/{id}/reject (approvers only; a comment is required): the target stays as it is. */
export const POST = decideTargetChangeRoute('reject');
