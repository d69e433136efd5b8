import { getDb } from '@/db';
import { parseIdParam, parsePeriodParam, parsePrecondition } from '@/server/api/params';
import { putExecutionJson } from '@/server/api/projects';
import { readJsonObject } from '@/server/api/request-body';
import { apiJson } from '@/server/api/respond';
import { handleApi } from '@/server/http/handle-api';

/**
 * PUT /api/v1/projects/{id}/executions/{YYYY-MM} with { amount } (cumulative 执行数, 万元); `If-Match: "<id>"` replaces
 * only the version read, `If-None-Match: *` saves only when the month has none.
 */
export function PUT(request: Request, { params }: { params: Promise<{ id: string; period: string }> }) {
  return handleApi(request, 'PUT /api/v1/projects/{id}/executions/{period}', async (actor) => {
    const { id, period } = await params;
    const projectId = parseIdParam(id, '项目');
    const month = parsePeriodParam(period);
    const expectedExecutionId = parsePrecondition(request.headers);
    const body = await readJsonObject(request);
    const { project, etag } = putExecutionJson(getDb(), actor, projectId, month, body, expectedExecutionId);
    return apiJson(project, { ETag: etag });
  });
}
