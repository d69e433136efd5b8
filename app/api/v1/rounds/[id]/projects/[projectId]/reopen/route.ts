import { roundStepRoute } from '@/server/api/round-routes';

/** POST /api/v1/rounds/{id}/projects/{projectId}/reopen */
export const POST = roundStepRoute('reopen');
