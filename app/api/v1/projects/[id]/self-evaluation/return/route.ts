import { selfEvaluationStepRoute } from '@/server/api/self-evaluation-routes';

/** POST /api/v1/projects/{id}/self-evaluation/return */
export const POST = selfEvaluationStepRoute('return');
