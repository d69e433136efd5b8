import { TableFormatError, type ImportPreview } from '@/lib/target-table';
import { readTable } from '@/lib/target-table/read-table';
import { MAX_TABLE_BYTES, TOO_LARGE } from './upload-limits';

/** Reads an uploaded or named table file, whatever its format, into the import preview. */
export async function readTableFile(bytes: Uint8Array): Promise<ImportPreview> {
  if (bytes.length > MAX_TABLE_BYTES) throw new TableFormatError(TOO_LARGE);
  return readTable(bytes);
}
