import { getSelfEvaluationRoute, putSelfEvaluationRoute } from '@/server/api/self-evaluation-routes';

/** GET /api/v1/projects/{id}/self-evaluation: the 自评 (draft or as submitted); PUT: the owner's 全年预算数 and texts. */
export const GET = getSelfEvaluationRoute;
export const PUT = putSelfEvaluationRoute;
