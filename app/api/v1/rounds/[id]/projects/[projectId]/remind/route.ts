import { getDb } from '@/db';
import { parseIdParam } from '@/server/api/params';
import { apiJson } from '@/server/api/respond';
import { handleApi } from '@/server/http/handle-api';
import { remindProject } from '@/server/reminders/send-reminders';

/** POST /api/v1/rounds/{id}/projects/{projectId}/remind — 催报 one project's owners. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string; projectId: string }> }): Promise<Response> {
  return handleApi(
    request,
    'POST /api/v1/rounds/{id}/projects/{projectId}/remind',
    async (actor) => {
      const { id, projectId } = await params;
      return apiJson(remindProject(getDb(), actor, parseIdParam(id, '监控轮次'), parseIdParam(projectId, '项目')));
    },
    { body: 'none' },
  );
}
