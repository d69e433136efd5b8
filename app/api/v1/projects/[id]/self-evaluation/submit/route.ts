import { selfEvaluationStepRoute } from '@/server/api/self-evaluation-routes';

/** POST /api/v1/projects/{id}/self-evaluation/submit */
export const POST = selfEvaluationStepRoute('submit');
