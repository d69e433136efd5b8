/**
 * The readers: one per file format, each turning bytes into rows of cells. The format is told by the content,
 * never by the file's name; a new format is one more entry here and a reader beside it.
 */
import { decodeTableText } from '../decode';
import { TableFormatError } from '../errors';
import type { SourceRef } from '../types';
import { readDocx } from './docx';
import { isHtmlTable, readHtml } from './html';
import { isOle, oleKind } from './ole';
import { isPdf } from './pdf-sniff';
import { readWorkbook } from './spreadsheet';
import { readText } from './text';
import { isZip, readZipDirectory } from './zip';

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

/** word-extractor is loaded only for a .doc. */
async function readDoc(bytes: Uint8Array): Promise<SourceRows> {
  const { readDoc: read } = await import('./doc');
  return read(bytes);
}

/** Which part a zip holds: a Word document's body, a workbook, or neither. */
function zipHolds(bytes: Uint8Array, part: string): boolean {
  try {
    return readZipDirectory(bytes).some((entry) => entry.name === part);
  } catch {
    return part === 'xl/workbook.xml';
  }
}

const textOf = (bytes: Uint8Array): string => {
  try {
    return decodeTableText(bytes);
  } catch {
    return '';
  }
};

const refuse = (message: string) => (): SourceRows => {
  throw new TableFormatError(message);
};

/** Tried in order; the last one (text) takes whatever the others did not claim. */
export const READERS: Reader[] = [
  { format: 'pdf', sniff: isPdf, read: readPdf },
  { format: 'docx', sniff: (bytes) => isZip(bytes) && zipHolds(bytes, 'word/document.xml'), read: readDocx },
  { format: 'xlsx', sniff: (bytes) => isZip(bytes) && zipHolds(bytes, 'xl/workbook.xml'), read: readWorkbook },
  { format: 'zip', sniff: isZip, read: refuse('这是压缩包，但不是 Word（.docx）或 Excel（.xlsx）文件') },
  { format: 'encrypted', sniff: (bytes) => isOle(bytes) && oleKind(bytes) === 'encrypted', read: refuse('文件已加密，无法读取：请先取消密码保护再导入') },
  { format: 'doc', sniff: (bytes) => isOle(bytes) && oleKind(bytes) === 'doc', read: readDoc },
  { format: 'xls', sniff: (bytes) => isOle(bytes) && oleKind(bytes) === 'xls', read: (bytes) => readWorkbook(bytes, '.xls') },
  { format: 'ole', sniff: isOle, read: refuse('无法识别该 Office 文件：既不是 Word 文档，也不是 Excel 工作簿') },
  { format: 'html', sniff: (bytes) => bytes[0] !== 0 && isHtmlTable(textOf(bytes)), read: (bytes) => readHtml(decodeTableText(bytes)) },
  { format: 'text', sniff: () => true, read: readText },
];

/** The reader for some bytes. */
export function readerFor(bytes: Uint8Array): Reader {
  return READERS.find((reader) => reader.sniff(bytes)) ?? READERS[READERS.length - 1];
}
