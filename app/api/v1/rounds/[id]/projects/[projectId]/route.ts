import { getRoundProjectRoute } from '@/server/api/round-routes';

/** GET /api/v1/rounds/{id}/projects/{projectId}: the project's state in the round and its 流转记录. */
export const GET = getRoundProjectRoute;
