import { getDb } from '@/db';
import { parseProjectListQuery } from '@/server/api/params';
import { listProjectsJson } from '@/server/api/projects';
import { apiJson } from '@/server/api/respond';
import { requireRequestActor } from '@/server/auth/request-actor';
import { handleJson } from '@/server/http/json-response';

/** GET /api/v1/projects?year=YYYY&asOf=YYYY-MM[&department=ID] */
export function GET(request: Request) {
  return handleJson(async () => {
    const actor = await requireRequestActor(request);
    const query = parseProjectListQuery(new URL(request.url).searchParams);
    return apiJson(listProjectsJson(getDb(), actor, query));
  });
}
