import { selfEvaluationStepRoute } from '@/server/api/self-evaluation-routes';

/** POST /api/v1/projects/{id}/self-evaluation/reopen */
export const POST = selfEvaluationStepRoute('reopen');
