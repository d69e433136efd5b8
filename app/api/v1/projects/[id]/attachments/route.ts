import { getDb } from '@/db';
import { attachmentListJson } from '@/server/api/attachments';
import { parseIdParam } from '@/server/api/params';
import { listProjectAttachments } from '@/server/attachments/read-attachments';
import { handleApi } from '@/server/http/handle-api';

/** GET /api/v1/projects/{id}/attachments — every 佐证材料 of the project, for anyone who may read it. */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(request, 'GET /api/v1/projects/{id}/attachments', async (actor) => {
    const { attachments } = listProjectAttachments(getDb(), actor, parseIdParam((await params).id, '项目'));
    return Response.json(attachmentListJson(attachments));
  });
}
