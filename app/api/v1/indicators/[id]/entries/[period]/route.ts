import { getDb } from '@/db';
import { putEntryJson } from '@/server/api/entries';
import { parseEntryPrecondition, parseIdParam, parsePeriodParam } from '@/server/api/params';
import { readJsonObject } from '@/server/api/request-body';
import { apiJson } from '@/server/api/respond';
import { requireRequestActor } from '@/server/auth/request-actor';
import { handleJson } from '@/server/http/json-response';

/** PUT /api/v1/indicators/{id}/entries/{YYYY-MM}; `If-Match: "<entryId>"` replaces only the version read. */
export function PUT(request: Request, { params }: { params: Promise<{ id: string; period: string }> }) {
  return handleJson(async () => {
    const actor = await requireRequestActor(request);
    const { id, period } = await params;
    const indicatorId = parseIdParam(id, '指标');
    const month = parsePeriodParam(period);
    const expectedEntryId = parseEntryPrecondition(request.headers);
    const body = await readJsonObject(request);
    const { indicator, etag } = putEntryJson(getDb(), actor, indicatorId, month, body, expectedEntryId);
    return apiJson(indicator, { ETag: etag });
  });
}
