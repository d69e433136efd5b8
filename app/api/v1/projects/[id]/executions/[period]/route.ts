import { getDb } from '@/db';
import { parseIdParam, parsePeriodParam } from '@/server/api/params';
import { putExecutionJson } from '@/server/api/projects';
import { readJsonObject } from '@/server/api/request-body';
import { apiJson } from '@/server/api/respond';
import { requireRequestActor } from '@/server/auth/request-actor';
import { handleJson } from '@/server/http/json-response';

/** PUT /api/v1/projects/{id}/executions/{YYYY-MM} with { amount } (cumulative 执行数, 万元). */
export function PUT(request: Request, { params }: { params: Promise<{ id: string; period: string }> }) {
  return handleJson(async () => {
    const actor = await requireRequestActor(request);
    const { id, period } = await params;
    const projectId = parseIdParam(id, '项目');
    const month = parsePeriodParam(period);
    const body = await readJsonObject(request);
    return apiJson(putExecutionJson(getDb(), actor, projectId, month, body));
  });
}
