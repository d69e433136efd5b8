/** One data row of the inline layout: cells cleaned, columns aligned (even with a column missing), amounts read. */
import { AMOUNT_KEYS, AMOUNT_LABELS, emptyAmounts, readAmountCell, type AmountKey } from './amounts';
import type { Column, ColumnKind } from './header';
import { looksLikeIndicators } from './item-split';
import { cleanRow, excerpt } from './text';
import type { Amounts, ImportWarning, Staged } from './types';

export interface TableRow {
  line: number;
  name: string;
  amounts: Amounts;
  goal: string;
  indicators: string;
}

type Placed = Map<Column, string>;

const COLUMN_NAMES: Record<ColumnKind, string> = {
  ...AMOUNT_LABELS,
  name: '项目名称',
  goal: '绩效目标',
  indicators: '绩效指标',
  unknown: '未知',
};

function isAmountKind(kind: ColumnKind): kind is AmountKey {
  return (AMOUNT_KEYS as readonly string[]).includes(kind);
}

function placeByPosition(cells: string[], columns: Column[]): Placed {
  const placed: Placed = new Map();
  columns.forEach((column, index) => placed.set(column, cells[index] ?? ''));
  const extra = cells.slice(columns.length).filter(Boolean);
  const last = columns[columns.length - 1];
  if (extra.length > 0 && last) placed.set(last, [placed.get(last), ...extra].filter(Boolean).join(' '));
  return placed;
}

/**
 * A row with fewer cells than the header: the first cell is the name, then as many cells as read as
 * amounts (or are empty) fill the amount columns in order, and the remaining text cells fill the text
 * columns — a lone text cell goes to 绩效指标 when it reads as indicators, else to 绩效目标.
 */
function placeByContent(cells: string[], columns: Column[]): Placed {
  const placed: Placed = new Map(columns.map((column) => [column, '']));
  const [nameColumn, ...rest] = columns;
  if (nameColumn) placed.set(nameColumn, cells[0] ?? '');
  const amountColumns = rest.filter((column) => isAmountKind(column.kind));
  const textColumns = rest.filter((column) => !isAmountKind(column.kind));
  const values = cells.slice(1);
  let taken = 0;
  while (taken < amountColumns.length && taken < values.length && readAmountCell(values[taken] ?? '').kind !== 'text') {
    placed.set(amountColumns[taken] as Column, values[taken] ?? '');
    taken += 1;
  }
  const texts = values.slice(taken);
  const indicatorColumn = textColumns.find((column) => column.kind === 'indicators');
  const goalColumn = textColumns.find((column) => column.kind === 'goal');
  if (texts.length === 1 && indicatorColumn && goalColumn) {
    placed.set(looksLikeIndicators(texts[0] ?? '') ? indicatorColumn : goalColumn, texts[0] ?? '');
    return placed;
  }
  return new Map([...placed, ...placeByPosition(texts, textColumns)]);
}

function describe(placed: Placed): string {
  return [...placed]
    .filter(([column, text]) => column.kind !== 'name' && text !== '')
    .map(([column, text]) => `${COLUMN_NAMES[column.kind]}「${excerpt(text, 12)}」`)
    .join('、');
}

function samePlacement(a: Placed, b: Placed): boolean {
  return [...a].every(([column, text]) => (b.get(column) ?? '') === text);
}

/** Reads the cells of a data row (`line` is 1-based) into a row of the inline layout. */
export function readRow(rawCells: readonly string[], line: number, columns: Column[], divisor: number): Staged<TableRow> {
  const cleaned = cleanRow(rawCells, line);
  const cells = cleaned.value;
  const warnings: ImportWarning[] = [...cleaned.warnings];
  while (cells.length > columns.length && cells[cells.length - 1] === '') cells.pop();
  let placed = placeByPosition(cells, columns);
  if (cells.length > columns.length) {
    warnings.push({ line, message: `有 ${cells.length} 列（表头 ${columns.length} 列），多出的文字并入最后一列` });
  } else if (cells.length < columns.length) {
    const byContent = placeByContent(cells, columns);
    if (!samePlacement(placed, byContent)) {
      warnings.push({
        line,
        message: `只有 ${cells.length} 列（表头 ${columns.length} 列），按内容判断各列：${describe(byContent)}`,
      });
    }
    placed = byContent;
  }
  const row: TableRow = { line, name: '', amounts: emptyAmounts(), goal: '', indicators: '' };
  for (const [column, text] of placed) {
    if (column.kind === 'name' || column.kind === 'goal' || column.kind === 'indicators') row[column.kind] = text;
    else if (column.kind === 'unknown') {
      if (text) warnings.push({ line, message: `「${column.label}」列的文字「${excerpt(text)}」未导入` });
    } else {
      const cell = readAmountCell(text);
      if (cell.kind === 'amount') row.amounts[column.kind] = cell.value / divisor;
      if (cell.kind === 'text') warnings.push({ line, message: `「${COLUMN_NAMES[column.kind]}」列的「${excerpt(text)}」不是金额，按空处理` });
    }
  }
  return { value: row, warnings };
}
