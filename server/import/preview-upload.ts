import { inferBudgetYear, TableFormatError, type ImportPreview } from '@/lib/target-table';
import type { Actor } from '../auth/actor';
import { ForbiddenError, ValidationError } from '../errors';
import { MAX_TABLE_BYTES, readTableFile } from './read-table-file';

export interface UploadPreview {
  preview: ImportPreview;
  /** The budget year the table names, to prefill; null when it names none. */
  year: number | null;
  department: string;
}

/** Only the 系统管理员 imports tables. */
export function assertCanImport(actor: Actor): void {
  if (actor.role !== 'admin') throw new ForbiddenError('只有系统管理员可以导入绩效目标表');
}

function tooLargeMessage(): string {
  return `文件过大：不能超过 ${MAX_TABLE_BYTES / 1024 / 1024} MB`;
}

/**
 * Reads an uploaded file (.xlsx, or text in UTF-8 / GB18030) or pasted text into a preview; nothing is saved.
 * An unreadable table is a ValidationError with the reason in Chinese.
 */
export async function previewUpload(actor: Actor, input: { file: Blob | null; text: string }): Promise<UploadPreview> {
  assertCanImport(actor);
  let bytes: Uint8Array;
  if (input.file && input.file.size > 0) {
    if (input.file.size > MAX_TABLE_BYTES) throw new ValidationError(tooLargeMessage());
    bytes = new Uint8Array(await input.file.arrayBuffer());
  } else if (input.text.trim()) {
    bytes = new TextEncoder().encode(input.text);
  } else {
    throw new ValidationError('请选择文件或粘贴表格内容');
  }
  if (bytes.length > MAX_TABLE_BYTES) throw new ValidationError(tooLargeMessage());
  try {
    const preview = await readTableFile(bytes);
    return { preview, year: inferBudgetYear(preview), department: preview.department };
  } catch (error) {
    if (error instanceof TableFormatError) throw new ValidationError(`无法导入：${error.message}`);
    throw error;
  }
}
