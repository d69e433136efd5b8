import { roundStepRoute } from '@/server/api/round-routes';

/** POST /api/v1/rounds/{id}/projects/{projectId}/return */
export const POST = roundStepRoute('return');
