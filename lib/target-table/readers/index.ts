/**
 * The readers: one per file format, each turning bytes into rows of cells. The format is told by the content,
 * never by the file's name; a new format is one more entry here and a reader beside it.
 */
import { readWorkbook } from './spreadsheet';
import { readText } from './text';
import { isZip } from './zip';

export type Rows = string[][];

export interface Reader {
  format: string;
  /** Whether the bytes are in this reader's format, from their first bytes or structure. */
  sniff: (bytes: Uint8Array) => boolean;
  read: (bytes: Uint8Array) => Rows | Promise<Rows>;
}

/** Tried in order; the last one (text) takes whatever the others did not claim. */
export const READERS: Reader[] = [
  { format: 'xlsx', sniff: isZip, read: (bytes) => readWorkbook(bytes) },
  { format: 'text', sniff: () => true, read: readText },
];

/** The reader for some bytes. */
export function readerFor(bytes: Uint8Array): Reader {
  return READERS.find((reader) => reader.sniff(bytes)) ?? READERS[READERS.length - 1];
}
