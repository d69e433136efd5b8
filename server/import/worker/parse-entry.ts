/** What the import worker runs: the bytes of a table file (or pasted text, as UTF-8) → the import preview. */
import type { ImportPreview } from '@/lib/target-table';
import { readTableFile } from '../read-table-file';

export interface ParseRequest {
  bytes: Uint8Array;
}

export function handle(request: ParseRequest): Promise<ImportPreview> {
  return readTableFile(request.bytes);
}
