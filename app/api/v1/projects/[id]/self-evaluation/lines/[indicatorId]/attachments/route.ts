import { getDb } from '@/db';
import { attachmentJson } from '@/server/api/attachments';
import { parseIdParam } from '@/server/api/params';
import { addLineAttachment } from '@/server/attachments/add-attachment';
import { handleApi } from '@/server/http/handle-api';
import { readAttachmentUpload } from '@/server/http/read-multipart-file';

/** POST /api/v1/projects/{id}/self-evaluation/lines/{indicatorId}/attachments — multipart `file`; the owner → 201. */
export function POST(request: Request, { params }: { params: Promise<{ id: string; indicatorId: string }> }) {
  return handleApi(
    request,
    'POST /api/v1/projects/{id}/self-evaluation/lines/{indicatorId}/attachments',
    async (actor) => {
      const { id, indicatorId } = await params;
      const projectId = parseIdParam(id, '项目');
      const lineIndicatorId = parseIdParam(indicatorId, '指标');
      const row = await addLineAttachment(getDb(), actor, projectId, lineIndicatorId, () => readAttachmentUpload(request));
      return Response.json(attachmentJson(row), { status: 201 });
    },
    { body: 'multipart' },
  );
}
