import { getDb } from '@/db';
import { overviewJson } from '@/server/api/overview';
import { parseProjectListQuery } from '@/server/api/params';
import { apiJson } from '@/server/api/respond';
import { handleApi } from '@/server/http/handle-api';

/** GET /api/v1/overview?year=YYYY&asOf=YYYY-MM[&department=ID] — the 总览's figures. */
export function GET(request: Request) {
  return handleApi(request, 'GET /api/v1/overview', (actor) => {
    const query = parseProjectListQuery(new URL(request.url).searchParams);
    return apiJson(overviewJson(getDb(), actor, query));
  });
}
