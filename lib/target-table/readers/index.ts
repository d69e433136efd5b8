/**
 * The readers: one per file format, each turning bytes into rows of cells. The format is told by the content,
 * never by the file's name; a new format is one more entry here and a reader beside it.
 */
import type { SourceRef } from '../types';
import { isPdf } from './pdf-sniff';
import { readWorkbook } from './spreadsheet';
import { readText } from './text';
import { isZip } from './zip';

/** What a reader gives: rows of cells, and for formats with pages or tables where each row came from. */
export interface SourceRows {
  rows: string[][];
  sources?: SourceRef[];
}

export interface Reader {
  format: string;
  /** Whether the bytes are in this reader's format, from their first bytes or structure. */
  sniff: (bytes: Uint8Array) => boolean;
  read: (bytes: Uint8Array) => SourceRows | Promise<SourceRows>;
}

/** pdfjs is loaded only for a PDF. */
async function readPdf(bytes: Uint8Array): Promise<SourceRows> {
  const { readPdfRows } = await import('./pdf');
  const rows = await readPdfRows(bytes);
  return { rows: rows.map((row) => row.cells), sources: rows.map(({ page, line }) => ({ page, line })) };
}

/** Tried in order; the last one (text) takes whatever the others did not claim. */
export const READERS: Reader[] = [
  { format: 'pdf', sniff: isPdf, read: readPdf },
  { format: 'xlsx', sniff: isZip, read: readWorkbook },
  { format: 'text', sniff: () => true, read: readText },
];

/** The reader for some bytes. */
export function readerFor(bytes: Uint8Array): Reader {
  return READERS.find((reader) => reader.sniff(bytes)) ?? READERS[READERS.length - 1];
}
