/**
 * Rows of cells → the import preview, in whichever layout they are written: each layout looks for its evidence
 * in the rows (header words, column structure), the first that finds it reads the rows, and the preview names
 * the layout and the evidence ("识别为：逐项目表格（批复表）").
 */
import { TableFormatError } from './errors';
import { readGridHeader } from './grid-keys';
import { gridRecords, parseGridTable } from './grid-table';
import { findHeaderRow } from './header';
import { parseInlineRows } from './inline-table';
import { assertWithinLimits } from './limits';
import { findProseHeading, parseProse } from './prose';
import { textRows } from './readers/text';
import { LAYOUT_NAMES, type ImportPreview, type LayoutId } from './types';

export type TableLayout = LayoutId;
type Rows = readonly (readonly string[])[];

interface Evidence {
  line: number;
  label: string;
  evidence: string;
}

interface Layout {
  id: LayoutId;
  detect: (rows: Rows) => Evidence | null;
  parse: (rows: Rows) => ImportPreview;
}

const GRID_KINDS = ['批复表', '审批表', '申报表', '设定表', '目标表'];

/** 批复表, 申报表 …: the kind of per-project table, from the words above its first indicator header. */
function gridKind(rows: Rows, before: number): string {
  const text = rows.slice(0, before).flat().join('');
  return GRID_KINDS.find((kind) => text.includes(kind)) ?? '绩效目标表';
}

const LAYOUTS: Layout[] = [
  {
    id: 'inline',
    detect: (rows) => {
      const index = findHeaderRow(rows);
      return index < 0 ? null : { line: index + 1, label: `${LAYOUT_NAMES.inline}（每行一个项目，绩效指标写在一格内）`, evidence: `第${index + 1}行表头：项目名称…绩效指标` };
    },
    parse: parseInlineRows,
  },
  {
    id: 'grid',
    detect: (rows) => {
      const records = gridRecords(rows).value;
      const found = records.find((record) => readGridHeader(record.cells) !== null);
      if (!found) return null;
      const kind = readGridHeader(found.cells)?.includes('nature') ? '一体化系统导出，含指标性质' : gridKind(rows, found.line - 1);
      return { line: found.line, label: `${LAYOUT_NAMES.grid}（${kind}）`, evidence: `第${found.line}行指标表头：${found.cells.filter(Boolean).join(' ')}` };
    },
    parse: parseGridTable,
  },
  {
    id: 'prose',
    detect: (rows) => {
      const index = findProseHeading(rows);
      return index < 0 ? null : { line: index + 1, label: `${LAYOUT_NAMES.prose}（一、产出指标 （一）数量指标 …）`, evidence: `第${index + 1}行起的「一、产出指标」等标题` };
    },
    parse: parseProse,
  },
];

export const NO_LAYOUT = '未识别到项目支出绩效目标表：缺少表头行（项目名称…绩效指标，或一级指标…三级指标…指标值）';

function choose(rows: Rows): { layout: Layout; found: Evidence } | null {
  for (const layout of LAYOUTS) {
    const found = layout.detect(rows);
    if (found) return { layout, found };
  }
  return null;
}

/** Which layout rows of cells are in, or `null`. */
export function detectLayout(rows: Rows): TableLayout | null {
  return choose(rows)?.layout.id ?? null;
}

/** Parses rows of cells (from any reader); throws TableFormatError when they are in no known layout or too large. */
export function parseRows(rows: Rows): ImportPreview {
  assertWithinLimits(rows);
  const chosen = choose(rows);
  if (!chosen) throw new TableFormatError(NO_LAYOUT);
  const { layout, found } = chosen;
  const preview = layout.parse(rows);
  return {
    ...preview,
    projects: preview.projects.map((project) => ({ ...project, layout: layout.id })),
    layout: { id: layout.id, label: found.label, evidence: found.evidence },
  };
}

/** Parses tab-separated text in any layout. */
export function parseTable(text: string): ImportPreview {
  return parseRows(textRows(text));
}
