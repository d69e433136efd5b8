/** The whole importer: bytes → (reader for their format) rows of cells → (layout) the import preview. */
import { TableFormatError } from './errors';
import { parseRows } from './parse-table';
import { readerFor } from './readers';
import type { ImportPreview } from './types';

export async function readTable(bytes: Uint8Array): Promise<ImportPreview> {
  if (bytes.length === 0) throw new TableFormatError('文件为空');
  return parseRows(await readerFor(bytes).read(bytes));
}
