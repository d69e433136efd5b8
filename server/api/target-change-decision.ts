/** POST /api/v1/target-changes/{id}/approve and …/reject: the approver's decision, `{ "comment": "…" }` → 200. */
import { getDb } from '@/db';
import { handleApi } from '../http/handle-api';
import { approveTargetChange, rejectTargetChange } from '../target-changes/decide-target-change';
import { parseIdParam } from './params';
import { readJsonObject } from './request-body';
import { apiJson } from './respond';
import { targetChangeJson } from './target-change-json';

const DECISIONS = { approve: approveTargetChange, reject: rejectTargetChange };

export function decideTargetChangeRoute(decision: keyof typeof DECISIONS) {
  return (request: Request, { params }: { params: Promise<{ id: string }> }) =>
    handleApi(request, `POST /api/v1/target-changes/{id}/${decision}`, async (actor) => {
      const changeId = parseIdParam((await params).id, '目标调整');
      const body = await readJsonObject(request);
      return apiJson(targetChangeJson(DECISIONS[decision](getDb(), actor, changeId, body)));
    });
}
