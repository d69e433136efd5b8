import { handleApi } from '@/server/http/handle-api';
import { readUpload } from '@/server/http/read-upload';
import { assertCanImport, previewUpload } from '@/server/import/preview-upload';
import { MAX_TABLE_BYTES, TOO_LARGE } from '@/server/import/upload-limits';

/**
 * POST /api/import/preview — the body is the table file as it is, or the pasted text; the answer is its preview,
 * nothing saved. Session → same-origin → administrator → the body, counted as it streams in.
 */
export async function POST(request: Request): Promise<Response> {
  return handleApi(
    request,
    'POST /api/import/preview',
    async (actor) => {
      assertCanImport(actor);
      const bytes = await readUpload(request, MAX_TABLE_BYTES, TOO_LARGE);
      return Response.json(await previewUpload(actor, bytes));
    },
    { sessionOnly: true, body: 'file' },
  );
}
