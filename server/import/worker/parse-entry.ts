/** What the import worker runs: the bytes of a table file (or pasted text, as UTF-8) → the import preview. */
import type { ImportPreview } from '@/lib/target-table';
// A worker is started ahead of the file it will read: loading pdfjs now keeps a PDF's preview as quick as the rest.
import '@/lib/target-table/readers/pdf';
import { readTableFile } from '../read-table-file';

export interface ParseRequest {
  bytes: Uint8Array;
}

export function handle(request: ParseRequest): Promise<ImportPreview> {
  return readTableFile(request.bytes);
}
