import { getDb } from '@/db';
import { parseAsOfQuery, parseIdParam } from '@/server/api/params';
import { projectJson } from '@/server/api/projects';
import { apiJson } from '@/server/api/respond';
import { handleApi } from '@/server/http/handle-api';

/** GET /api/v1/projects/{id}?asOf=YYYY-MM */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(request, 'GET /api/v1/projects/{id}', async (actor) => {
    const id = parseIdParam((await params).id, '项目');
    const asOf = parseAsOfQuery(new URL(request.url).searchParams);
    return apiJson(projectJson(getDb(), actor, id, asOf));
  });
}
