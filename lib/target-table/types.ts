/** The importer's preview (DOMAIN.md §8): what a 项目支出绩效目标表 contains, before anything is saved. */
import type { Category, MeasureMode, Target } from '../target-value/types';

/** Budget in 万元; `null` is an empty cell. */
export interface Amounts {
  total: number | null;
  fiscal: number | null;
  specialAccount: number | null;
  other: number | null;
}

export interface PreviewIndicator {
  seq: number;
  category: Category | null;
  subcategory: string | null;
  name: string;
  /** The 年度指标值 as written, trimmed of surrounding spaces and trailing `。；;，,`. */
  targetText: string;
  target: Target;
  mode: MeasureMode;
  /** 权重 (or 分值) as the table gives it, for the year-end self-evaluation; absent when it gives none. */
  weight?: number | null;
}

/**
 * Where a row came from: a page and its line (PDF), a table and its row (Word, web page), a sheet and its row,
 * or the line of a text whose rows are not its lines.
 */
export type SourceRef = { page: number; line: number } | { table: number; row: number } | { sheet: string; row: number } | { line: number };

/** The families of tables the importer reads (parse-table.ts names each). */
export const LAYOUT_IDS = ['inline', 'grid', 'prose'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];
export const LAYOUT_NAMES: Record<LayoutId, string> = { inline: '行内表格', grid: '逐项目表格', prose: '文字叙述' };

export interface PreviewProject {
  name: string;
  amounts: Amounts;
  goal: string;
  indicators: PreviewIndicator[];
  /** Which layout the project was read in, and where it starts. */
  layout?: LayoutId;
  line?: number;
  source?: SourceRef;
  /** Header-block fields of a per-project table: 主管部门, 实施单位, 实施期. */
  department?: string;
  executor?: string;
  period?: string;
}

/** Something the importer guessed, repaired or could not place; `line` is 1-based in the rows read. */
export interface ImportWarning {
  line: number;
  message: string;
  /** The same place in the source document, when it has pages or tables. */
  source?: SourceRef;
}

/** What each stage of the importer returns: its output and the warnings it raised, nothing shared. */
export interface Staged<T> {
  value: T;
  warnings: ImportWarning[];
}

export interface ImportPreview {
  title: string;
  department: string;
  unit: string;
  totals: Amounts;
  projects: PreviewProject[];
  warnings: ImportWarning[];
  /** The file's format (told by its content) and the layout read, with the evidence for it. */
  format?: string;
  layout?: { id: LayoutId; label: string; evidence: string };
}
