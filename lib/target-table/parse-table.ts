/**
 * Rows of cells → the import preview, in whichever layout they are written: the layout is detected from the
 * rows' own evidence (header words and column structure), then read by that layout's stages.
 */
import { TableFormatError } from './errors';
import { readGridHeader } from './grid-keys';
import { parseGridTable } from './grid-table';
import { findHeaderRow } from './header';
import { parseInlineRows } from './inline-table';
import { assertWithinLimits } from './limits';
import { textRows } from './readers/text';
import type { ImportPreview } from './types';

export type TableLayout = 'inline' | 'grid';
type Rows = readonly (readonly string[])[];

const LAYOUTS: { layout: TableLayout; detect: (rows: Rows) => boolean; parse: (rows: Rows) => ImportPreview }[] = [
  { layout: 'inline', detect: (rows) => findHeaderRow(rows) >= 0, parse: parseInlineRows },
  { layout: 'grid', detect: (rows) => rows.some((cells) => readGridHeader(cells.map((cell) => cell.trim())) !== null), parse: parseGridTable },
];

export const NO_LAYOUT = '未识别到项目支出绩效目标表：缺少表头行（项目名称…绩效指标，或一级指标…三级指标…指标值）';

/** Which layout rows of cells are in: the Guangzhou inline table, the per-project grid, or neither (`null`). */
export function detectLayout(rows: Rows): TableLayout | null {
  return LAYOUTS.find((candidate) => candidate.detect(rows))?.layout ?? null;
}

/** Parses rows of cells (from any reader); throws TableFormatError when they are in no known layout or too large. */
export function parseRows(rows: Rows): ImportPreview {
  assertWithinLimits(rows);
  const found = LAYOUTS.find((candidate) => candidate.detect(rows));
  if (!found) throw new TableFormatError(NO_LAYOUT);
  return found.parse(rows);
}

/** Parses tab-separated text in any layout. */
export function parseTable(text: string): ImportPreview {
  return parseRows(textRows(text));
}
