import { roundStepRoute } from '@/server/api/round-routes';

/** POST /api/v1/rounds/{id}/projects/{projectId}/submit */
export const POST = roundStepRoute('submit');
