/** The checks every uploaded 佐证材料 passes before anything is stored: its size, its name, its type by content. */
import { detectAttachmentType } from '@/lib/attachments/detect';
import { checkAttachmentName } from '@/lib/attachments/file-name';
import { ATTACHMENT_MESSAGES, ATTACHMENT_TYPE_INFO, MAX_ATTACHMENT_BYTES } from '@/lib/attachments/types';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../errors';

/** A file as the request carried it. */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** Reads the request's file once the actor's right to add it is established. */
export type ReadUpload = () => Promise<UploadedFile>;

export interface CheckedUpload {
  name: string;
  bytes: Uint8Array;
  /** The MIME type found from the content. */
  type: string;
}

/** 400 for an empty file or a bad name, 413 over 20 MB, 415 for a type that is not allowed (whatever the name says). */
export function checkUpload(file: UploadedFile): CheckedUpload {
  if (file.bytes.byteLength === 0) throw new ValidationError(ATTACHMENT_MESSAGES.empty, { file: ['文件为空'] });
  if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new PayloadTooLargeError(ATTACHMENT_MESSAGES.tooLarge);
  const name = checkAttachmentName(file.name);
  if (!name.ok) throw new ValidationError(name.message, { file: [name.message] });
  const type = detectAttachmentType(file.bytes);
  if (!type) throw new UnsupportedMediaTypeError(ATTACHMENT_MESSAGES.wrongType);
  return { name: name.name, bytes: file.bytes, type: ATTACHMENT_TYPE_INFO[type].mime };
}
