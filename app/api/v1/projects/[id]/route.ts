import { getDb } from '@/db';
import { parseAsOfQuery, parseIdParam } from '@/server/api/params';
import { projectJson } from '@/server/api/projects';
import { apiJson } from '@/server/api/respond';
import { requireRequestActor } from '@/server/auth/request-actor';
import { handleJson } from '@/server/http/json-response';

/** GET /api/v1/projects/{id}?asOf=YYYY-MM */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleJson(async () => {
    const actor = await requireRequestActor(request);
    const id = parseIdParam((await params).id, '项目');
    const asOf = parseAsOfQuery(new URL(request.url).searchParams);
    return apiJson(projectJson(getDb(), actor, id, asOf));
  });
}
