/**
 * Word 97–2003 (.doc) → rows (word-extractor 1.0.4, which gives text only). Its table text keeps cell ends (tabs)
 * but not always row ends, so a per-project table is passed on one cell per row and the grid layout rebuilds the
 * rows from what the cells say; a table in the inline layout, whose header row shows which rows are which, keeps
 * its tab-separated rows.
 */
import { createRequire } from 'node:module';
import { TableFormatError } from '../errors';
import { readHeaderRow } from '../header';
import { assertWithinLimits } from '../limits';
import type { SourceRows } from './index';

interface Extracted {
  getBody(): string;
}
const WordExtractor = createRequire(import.meta.url)('word-extractor') as new () => { extract(source: Buffer): Promise<Extracted> };

export async function readDoc(bytes: Uint8Array): Promise<SourceRows> {
  let body: string;
  try {
    body = (await new WordExtractor().extract(Buffer.from(bytes))).getBody();
  } catch {
    throw new TableFormatError('无法读取该 Word 文件：文件已损坏、已加密或不是 .doc 格式');
  }
  const lines = body.split('\n').map((line) => line.split('\t'));
  assertWithinLimits(lines);
  if (lines.some((cells) => readHeaderRow(cells))) return { rows: lines };
  const rows = lines.flatMap((cells) => cells.map((cell) => cell.trim()).filter(Boolean).map((cell) => [cell]));
  return { rows };
}
