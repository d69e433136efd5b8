import { getDb } from '@/db';
import { parseIdParam } from '@/server/api/params';
import { apiJson } from '@/server/api/respond';
import { handleApi } from '@/server/http/handle-api';
import { remindRound } from '@/server/reminders/send-reminders';

/** POST /api/v1/rounds/{id}/remind — 全部催报: every project of the round not yet submitted. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handleApi(
    request,
    'POST /api/v1/rounds/{id}/remind',
    async (actor) => apiJson(remindRound(getDb(), actor, parseIdParam((await params).id, '监控轮次'))),
    { body: 'none' },
  );
}
