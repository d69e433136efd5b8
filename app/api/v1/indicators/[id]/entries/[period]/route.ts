import { getDb } from '@/db';
import { putEntryJson } from '@/server/api/entries';
import { parseIdParam, parsePeriodParam, parsePrecondition } from '@/server/api/params';
import { readJsonObject } from '@/server/api/request-body';
import { apiJson } from '@/server/api/respond';
import { handleApi } from '@/server/http/handle-api';

/** PUT /api/v1/indicators/{id}/entries/{YYYY-MM}; `If-Match: "<entryId>"` replaces only the version read. */
export function PUT(request: Request, { params }: { params: Promise<{ id: string; period: string }> }) {
  return handleApi(request, 'PUT /api/v1/indicators/{id}/entries/{period}', async (actor) => {
    const { id, period } = await params;
    const indicatorId = parseIdParam(id, '指标');
    const month = parsePeriodParam(period);
    const expectedEntryId = parsePrecondition(request.headers);
    const body = await readJsonObject(request);
    const { indicator, etag } = putEntryJson(getDb(), actor, indicatorId, month, body, expectedEntryId);
    return apiJson(indicator, { ETag: etag });
  });
}
