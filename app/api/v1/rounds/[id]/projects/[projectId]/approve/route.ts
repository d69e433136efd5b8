import { roundStepRoute } from '@/server/api/round-routes';

/** POST /api/v1/rounds/{id}/projects/{projectId}/approve */
export const POST = roundStepRoute('approve');
