import { closeRoundRoute } from '@/server/api/round-routes';

/** POST /api/v1/rounds/{id}/close (administrator). */
export const POST = closeRoundRoute;
