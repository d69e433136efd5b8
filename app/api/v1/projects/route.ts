import { getDb } from '@/db';
import { parseProjectListQuery } from '@/server/api/params';
import { listProjectsJson } from '@/server/api/projects';
import { apiJson } from '@/server/api/respond';
import { handleApi } from '@/server/http/handle-api';

/** GET /api/v1/projects?year=YYYY&asOf=YYYY-MM[&department=ID] */
export function GET(request: Request) {
  return handleApi(request, 'GET /api/v1/projects', (actor) => {
    const query = parseProjectListQuery(new URL(request.url).searchParams);
    return apiJson(listProjectsJson(getDb(), actor, query));
  });
}
