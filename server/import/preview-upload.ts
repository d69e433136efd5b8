import { inferBudgetYear, TableFormatError, type ImportPreview } from '@/lib/target-table';
import type { Actor } from '../auth/actor';
import { ForbiddenError, PayloadTooLargeError, ValidationError } from '../errors';
import { parseInWorker } from './parse-in-worker';
import { MAX_TABLE_BYTES, TOO_LARGE } from './upload-limits';

export interface UploadPreview {
  preview: ImportPreview;
  /** The budget year the table names, to prefill; null when it names none. */
  year: number | null;
  department: string;
}

const isBlank = (byte: number) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/** Only the 系统管理员 imports tables. */
export function assertCanImport(actor: Actor): void {
  if (actor.role !== 'admin') throw new ForbiddenError('只有系统管理员可以导入绩效目标表');
}

/**
 * Reads the bytes of an uploaded file (its type told by its content) or of pasted text into a preview, in the
 * import worker; nothing is saved. An unreadable table is a ValidationError with the reason in Chinese.
 */
export async function previewUpload(actor: Actor, bytes: Uint8Array): Promise<UploadPreview> {
  assertCanImport(actor);
  if (bytes.length > MAX_TABLE_BYTES) throw new PayloadTooLargeError(TOO_LARGE);
  if (bytes.every(isBlank)) throw new ValidationError('请选择文件或粘贴表格内容');
  try {
    const preview = await parseInWorker({ bytes });
    return { preview, year: inferBudgetYear(preview), department: preview.department };
  } catch (error) {
    if (error instanceof TableFormatError) throw new ValidationError(`无法导入：${error.message}`);
    throw error;
  }
}
