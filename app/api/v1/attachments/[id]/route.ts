import { getDb } from '@/db';
import { attachmentResponse } from '@/server/api/attachments';
import { parseIdParam } from '@/server/api/params';
import { readAttachmentFile } from '@/server/attachments/read-attachments';
import { removeAttachment } from '@/server/attachments/remove-attachment';
import { handleApi } from '@/server/http/handle-api';

type Params = { params: Promise<{ id: string }> };

/** GET /api/v1/attachments/{id} — the file, as a download, for anyone who may read the project. */
export function GET(request: Request, { params }: Params) {
  return handleApi(request, 'GET /api/v1/attachments/{id}', async (actor) => {
    const { attachment, bytes } = readAttachmentFile(getDb(), actor, parseIdParam((await params).id, '佐证材料'));
    return attachmentResponse(attachment, bytes);
  });
}

/** DELETE /api/v1/attachments/{id} — the project's owner, while the month is open → 204. */
export function DELETE(request: Request, { params }: Params) {
  return handleApi(
    request,
    'DELETE /api/v1/attachments/{id}',
    async (actor) => {
      removeAttachment(getDb(), actor, parseIdParam((await params).id, '佐证材料'));
      return new Response(null, { status: 204 });
    },
    { body: 'none' },
  );
}
