import { decodeTableText, parseTable, TableFormatError, type ImportPreview } from '@/lib/target-table';
import { readWorkbook } from '@/lib/target-table/readers/spreadsheet';
import { isZip } from '@/lib/target-table/readers/zip';
import { MAX_TABLE_BYTES, TOO_LARGE } from './upload-limits';



/** Reads an uploaded or named table file (.xlsx, or text in UTF-8 / GB18030) into the import preview. */
export async function readTableFile(bytes: Uint8Array): Promise<ImportPreview> {
  if (bytes.length === 0) throw new TableFormatError('文件为空');
  if (bytes.length > MAX_TABLE_BYTES) throw new TableFormatError(TOO_LARGE);
  const text = isZip(bytes) ? readWorkbook(bytes).map((row) => row.join('\t')).join('\n') : decodeTableText(bytes);
  return parseTable(text);
}
