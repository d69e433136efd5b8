import { putSelfEvaluationLineRoute } from '@/server/api/self-evaluation-routes';

/** PUT /api/v1/projects/{id}/self-evaluation/lines/{indicatorId}: the owner's edit of one line → the whole 自评. */
export const PUT = putSelfEvaluationLineRoute;
