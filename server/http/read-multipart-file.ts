import { ATTACHMENT_MESSAGES, MAX_ATTACHMENT_BYTES } from '@/lib/attachments/types';
import type { UploadedFile } from '../attachments/upload-rules';
import { UnsupportedMediaTypeError, ValidationError } from '../errors';
import { readUpload } from './read-upload';

/** Room for the multipart boundaries and part headers around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * The one file of a multipart/form-data upload in the form field `file`. The body is read with a hard cap (20 MB and
 * the multipart framing, 413 past it) before it is parsed; the file's own size, name and type are checked by the use
 * case.
 */
export async function readAttachmentUpload(request: Request): Promise<UploadedFile> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;\s*boundary=/i.test(type)) {
    throw new UnsupportedMediaTypeError('请求体应为 multipart/form-data，文件放在 file 字段');
  }
  const bytes = await readUpload(request, MAX_ATTACHMENT_BYTES + MULTIPART_OVERHEAD, ATTACHMENT_MESSAGES.tooLarge);
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': type } }).formData();
  } catch {
    throw new ValidationError('上传内容无法解析：应为 multipart/form-data');
  }
  const files = form.getAll('file');
  if (files.length !== 1 || !(files[0] instanceof File)) throw new ValidationError('请在 file 字段上传一个文件（一次一个）', { file: ['缺少文件'] });
  return { name: files[0].name, bytes: new Uint8Array(await files[0].arrayBuffer()) };
}
