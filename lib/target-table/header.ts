/** The lines above the data of the inline layout: title, `部门名称：…`, `单位：万元`, and the header row. */
import type { AmountKey } from './amounts';
import { cleanCell, excerpt } from './text';
import type { ImportWarning, Staged } from './types';

export type ColumnKind = 'name' | AmountKey | 'goal' | 'indicators' | 'unknown';

export interface Column {
  kind: ColumnKind;
  label: string;
}

export interface Preamble {
  title: string;
  department: string;
  /** What the table's amounts are divided by to get 万元: 1 for 万元, 10000 for 元. */
  divisor: number;
}

const COLUMN_PATTERNS: [RegExp, ColumnKind][] = [
  [/项目名称/, 'name'],
  [/财政专户/, 'specialAccount'],
  [/财政拨款/, 'fiscal'],
  [/其他资金/, 'other'],
  [/总计|合计|资金总额/, 'total'],
  [/绩效目标/, 'goal'],
  [/绩效指标/, 'indicators'],
];

function columnKind(label: string): ColumnKind {
  return COLUMN_PATTERNS.find(([pattern]) => pattern.test(label))?.[1] ?? 'unknown';
}

/** Reads a header row into columns, or `null` when the row is not the inline layout's header. */
export function readHeaderRow(cells: readonly string[]): Column[] | null {
  const columns = cells.map((cell) => {
    const label = cleanCell(cell).text.replace(/\s+/g, '');
    return { kind: columnKind(label), label };
  });
  const kinds = columns.map((column) => column.kind);
  if (kinds[0] !== 'name' || !kinds.includes('indicators')) return null;
  return columns;
}

export function findHeaderRow(rows: readonly (readonly string[])[]): number {
  return rows.findIndex((cells) => readHeaderRow(cells) !== null);
}

/** What amounts are divided by to get 万元, from a `单位：…` cell. */
export function readUnit(unit: string, line: number): Staged<number> {
  if (unit === '万元') return { value: 1, warnings: [] };
  if (unit === '元') return { value: 10000, warnings: [{ line, message: '表格单位为「元」，金额已换算为万元' }] };
  return { value: 1, warnings: [{ line, message: `无法识别的金额单位「${unit}」，按万元处理` }] };
}

/** Reads title, department and unit from the rows before the header row; `rows[0]` is line 1. */
export function readPreamble(rows: readonly (readonly string[])[]): Staged<Preamble> {
  const warnings: ImportWarning[] = [];
  let title = '';
  let department = '';
  let divisor: number | null = null;
  for (const [index, cells] of rows.entries()) {
    const line = index + 1;
    for (const cell of cells.map((c) => cleanCell(c).text).filter(Boolean)) {
      const department_ = /^(?:部门|单位)名称\s*[：:]\s*(.*)$/.exec(cell);
      const unit = /^(?:金额)?单位\s*[：:]\s*(.*)$/.exec(cell);
      if (department_) department = (department_[1] ?? '').trim();
      else if (unit) {
        const read = readUnit((unit[1] ?? '').trim(), line);
        divisor = read.value;
        warnings.push(...read.warnings);
      } else if (!title) title = cell;
      else warnings.push({ line, message: `表头之前的文字「${excerpt(cell)}」未能识别，未导入` });
    }
  }
  const headerLine = rows.length + 1;
  if (!title) warnings.push({ line: 1, message: '未找到表名，表名留空' });
  if (!department) {
    warnings.push({ line: headerLine, message: '未找到「部门名称：…」，部门留空，部门小计行无法识别' });
  }
  if (divisor === null) warnings.push({ line: headerLine, message: '未找到「单位：万元」，金额按万元处理' });
  return { value: { title, department, divisor: divisor ?? 1 }, warnings };
}
