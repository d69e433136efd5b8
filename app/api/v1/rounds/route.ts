import { listRoundsRoute, openRoundRoute } from '@/server/api/round-routes';

/** GET /api/v1/rounds?year=YYYY: the year's rounds of the departments the caller reads. */
export const GET = listRoundsRoute;
/** POST /api/v1/rounds (administrator): `{ "year", "departmentId", "period", "deadline", "official" }` → 201. */
export const POST = openRoundRoute;
