import { getDb } from '@/db';
import { attachmentJson } from '@/server/api/attachments';
import { parseIdParam, parsePeriodParam } from '@/server/api/params';
import { addEntryAttachment } from '@/server/attachments/add-attachment';
import { handleApi } from '@/server/http/handle-api';
import { readAttachmentUpload } from '@/server/http/read-multipart-file';

/** POST /api/v1/indicators/{id}/entries/{YYYY-MM}/attachments — multipart `file`; the project's owner → 201. */
export function POST(request: Request, { params }: { params: Promise<{ id: string; period: string }> }) {
  return handleApi(
    request,
    'POST /api/v1/indicators/{id}/entries/{period}/attachments',
    async (actor) => {
      const { id, period } = await params;
      const indicatorId = parseIdParam(id, '指标');
      const month = parsePeriodParam(period);
      const row = await addEntryAttachment(getDb(), actor, indicatorId, month, () => readAttachmentUpload(request));
      return Response.json(attachmentJson(row), { status: 201 });
    },
    { body: 'multipart' },
  );
}
