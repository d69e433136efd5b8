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
}

export interface PreviewProject {
  name: string;
  amounts: Amounts;
  goal: string;
  indicators: PreviewIndicator[];
}

/** Something the importer guessed, repaired or could not place; `line` is 1-based in the source. */
export interface ImportWarning {
  line: number;
  message: string;
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
}
