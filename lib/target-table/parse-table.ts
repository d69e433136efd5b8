/** Parses a pasted or uploaded text table in whichever layout it is written. */
import { TableFormatError } from './errors';
import { readGridHeader } from './grid-keys';
import { parseGridTable } from './grid-table';
import { findHeaderRow, splitCells } from './header';
import { assertText, parseInlineTable } from './inline-table';
import { assertWithinLimits, splitLines } from './limits';
import type { ImportPreview } from './types';

export type TableLayout = 'inline' | 'grid';

/** Which layout a text is in: the Guangzhou inline table, the per-project grid, or neither (`null`). */
export function detectLayout(text: string): TableLayout | null {
  const lines = splitLines(text);
  if (findHeaderRow(lines) >= 0) return 'inline';
  return lines.some((line) => readGridHeader(splitCells(line).map((cell) => cell.trim())) !== null) ? 'grid' : null;
}

/** Parses tab-separated text in either layout; throws TableFormatError when it is neither or too large. */
export function parseTable(text: string): ImportPreview {
  assertText(text);
  assertWithinLimits(splitLines(text).map(splitCells));
  const layout = detectLayout(text);
  if (layout === 'inline') return parseInlineTable(text);
  if (layout === 'grid') return parseGridTable(splitLines(text).map(splitCells));
  throw new TableFormatError(
    '未识别到项目支出绩效目标表：缺少表头行（项目名称…绩效指标，或一级指标…三级指标…指标值）',
  );
}
