import { decideTargetChangeRoute } from '@/server/api/target-change-decision';

/** POST /api/v1/target-changes/{id}/approve (approvers only): the proposed target counts from now on. */
export const POST = decideTargetChangeRoute('approve');
