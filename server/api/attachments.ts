/** REST API v1 佐证材料: the upload's answer and the download. */
import type { Attachment } from '@/db/schema';
import { attachmentTypeOfMime, ATTACHMENT_TYPE_INFO, type AttachmentView } from '@/lib/attachments/types';
import { contentDisposition } from '../http/file-response';
import type { AttachmentJson, AttachmentListJson } from './schemas/attachment';

export function attachmentJson(row: Attachment): AttachmentJson {
  return { id: row.id, name: row.name, size: row.size, type: row.type };
}

export function attachmentListJson(items: AttachmentView[]): AttachmentListJson {
  return { attachments: items.map(({ id, name, size, type, indicatorId, period, uploader, createdAt }) => ({ id, name, size, type, indicatorId, period, uploader, createdAt })) };
}

/**
 * The file as a download: always `attachment` (never shown inline), its detected type, nosniff, not cached. An ASCII
 * fallback name for old clients, the real one in `filename*`.
 */
export function attachmentResponse(row: Attachment, bytes: Buffer): Response {
  const type = attachmentTypeOfMime(row.type);
  const contentType = type ? ATTACHMENT_TYPE_INFO[type].mime : 'application/octet-stream';
  const fallback = `attachment-${row.id}.${type ? ATTACHMENT_TYPE_INFO[type].extension : 'bin'}`;
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': contentType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': contentDisposition(row.name, fallback),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
