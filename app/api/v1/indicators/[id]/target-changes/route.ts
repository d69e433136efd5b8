import { getDb } from '@/db';
import { parseIdParam } from '@/server/api/params';
import { readJsonObject } from '@/server/api/request-body';
import { apiJson } from '@/server/api/respond';
import { targetChangeJson } from '@/server/api/target-change-json';
import { handleApi } from '@/server/http/handle-api';
import { proposeTargetChange } from '@/server/target-changes/propose-target-change';

/** POST /api/v1/indicators/{id}/target-changes: the project's owner proposes a new target with a reason → 201. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(request, 'POST /api/v1/indicators/{id}/target-changes', async (actor) => {
    const indicatorId = parseIdParam((await params).id, '指标');
    const body = await readJsonObject(request);
    return apiJson(targetChangeJson(proposeTargetChange(getDb(), actor, indicatorId, body)), {}, 201);
  });
}
