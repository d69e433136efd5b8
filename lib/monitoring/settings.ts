import { DEFAULT_PLAUSIBILITY, type PlausibilitySettings } from './plausibility';

/**
 * Configurable items of DOMAIN.md §5 (in-year monitoring) and §6 (year-end self-evaluation), with their
 * defaults. Nothing else in lib/monitoring hard-codes a threshold or a category list.
 */

/** Indicator light bands on v = actual / expected: v < red → red, < yellow → yellow, < green → green, else blue. */
export interface LightThresholds {
  red: number;
  yellow: number;
  green: number;
}

/** Budget light bands on v = 执行率 / t: v < red → red, v < yellow → yellow, else green. */
export interface BudgetThresholds {
  red: number;
  yellow: number;
}

/** Self-evaluation weights (points out of 100); 成本指标 shares `output`. */
export interface ScoringWeights {
  budget: number;
  output: number;
  benefit: number;
  satisfaction: number;
}

/**
 * Reverse-indicator scoring: `linear` = w when actual ≤ target, w × (1 − (actual − target)/target) below
 * 2 × target, else 0; `ratio` = w × target / actual (capped at w).
 */
export type ReverseScoring = 'linear' | 'ratio';
export const REVERSE_SCORINGS: readonly ReverseScoring[] = ['linear', 'ratio'];

/** Minimum total score of each grade; below 中 is 差. */
export interface GradeThresholds {
  优: number;
  良: number;
  中: number;
}

export interface ScoringSettings {
  weights: ScoringWeights;
  reverseScoring: ReverseScoring;
  grades: GradeThresholds;
}

export interface MonitoringSettings {
  /** Figures refused unless confirmed (lib/monitoring/plausibility.ts). */
  plausibility: PlausibilitySettings;
  lightThresholds: LightThresholds;
  budgetThresholds: BudgetThresholds;
  /** Comparisons treat numbers this close (relative to their size, at least absolute) as equal. */
  tolerance: number;
  /** 偏差原因 categories offered on the entry form. */
  deviationReasons: readonly string[];
  /** Month the official round is held in; it covers the months before it (8 → 1–7月). */
  officialRoundMonth: number;
  /** Maximum characters of notes and 原因说明. */
  noteMaxLength: number;
  /** Whether the 部门领导 may approve or reject target changes of the department (the administrator always may). */
  leaderApprovesTargetChanges: boolean;
  scoring: ScoringSettings;
}

export const DEFAULT_MONITORING_SETTINGS: MonitoringSettings = {
  lightThresholds: { red: 0.6, yellow: 0.8, green: 1.2 },
  budgetThresholds: { red: 0.6, yellow: 0.8 },
  tolerance: 1e-9,
  deviationReasons: ['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'],
  officialRoundMonth: 8,
  noteMaxLength: 2000,
  plausibility: DEFAULT_PLAUSIBILITY,
  leaderApprovesTargetChanges: false,
  scoring: {
    weights: { budget: 10, output: 50, benefit: 30, satisfaction: 10 },
    reverseScoring: 'linear',
    grades: { 优: 90, 良: 80, 中: 60 },
  },
};

export type ParseSettingsResult =
  | { ok: true; settings: MonitoringSettings }
  | { ok: false; errors: string[] };

type Dict = Record<string, unknown>;

function isDict(x: unknown): x is Dict {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Checks that `input` (when present) is an object with only keys of `base`; returns it or null. */
function section(input: unknown, base: object, path: string, errors: string[]): Dict | null {
  if (input === undefined) return null;
  if (!isDict(input)) {
    errors.push(`设置项 ${path || '(根)'} 必须是对象`);
    return null;
  }
  for (const key of Object.keys(input)) {
    if (!(key in base)) errors.push(`未知设置项 ${path ? `${path}.` : ''}${key}`);
  }
  return input;
}

/** Merges a partial record of non-negative finite numbers into `base`. */
function mergeNumbers<T extends object>(base: T, input: unknown, path: string, errors: string[]): T {
  const override = section(input, base, path, errors);
  const merged: Dict = Object.fromEntries(Object.entries(base));
  for (const [key, value] of Object.entries(override ?? {})) {
    if (!(key in base)) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      errors.push(`设置项 ${path}.${key} 必须是非负数`);
    } else merged[key] = value;
  }
  return merged as T;
}

function checkAscending(values: number[], path: string, errors: string[]): void {
  if (values.some((v, i) => i > 0 && v <= values[i - 1]!)) errors.push(`设置项 ${path} 的阈值必须严格递增`);
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function parseReasons(input: unknown, errors: string[]): readonly string[] | null {
  const ok =
    Array.isArray(input) &&
    input.length > 0 &&
    input.every((r) => typeof r === 'string' && r.trim() !== '') &&
    new Set(input).size === input.length;
  if (!ok) errors.push('设置项 deviationReasons 必须是不重复的非空文字列表');
  return ok ? (input as string[]) : null;
}

function parsePlausibility(input: unknown, base: PlausibilitySettings, errors: string[]): PlausibilitySettings {
  const o = section(input, base, 'plausibility', errors) ?? {};
  const { maxTargetMultiple } = mergeNumbers({ maxTargetMultiple: base.maxTargetMultiple }, { maxTargetMultiple: o.maxTargetMultiple ?? base.maxTargetMultiple }, 'plausibility', errors);
  if (!(maxTargetMultiple >= 1)) errors.push('设置项 plausibility.maxTargetMultiple 必须不小于 1');
  let countUnits = base.countUnits;
  if (o.countUnits !== undefined) {
    const ok = Array.isArray(o.countUnits) && o.countUnits.every((u) => typeof u === 'string' && u.trim() !== '' && u.length <= 10);
    if (ok) countUnits = o.countUnits as string[];
    else errors.push('设置项 plausibility.countUnits 必须是计数单位的列表');
  }
  return { maxTargetMultiple, countUnits };
}

function parseScoring(input: unknown, base: ScoringSettings, errors: string[]): ScoringSettings {
  const o = section(input, base, 'scoring', errors) ?? {};
  const weights = mergeNumbers(base.weights, o.weights, 'scoring.weights', errors);
  const sum = weights.budget + weights.output + weights.benefit + weights.satisfaction;
  if (Math.abs(sum - 100) > 1e-9) errors.push(`设置项 scoring.weights 的分值合计必须为 100（当前 ${sum}）`);
  const grades = mergeNumbers(base.grades, o.grades, 'scoring.grades', errors);
  checkAscending([grades.中, grades.良, grades.优], 'scoring.grades', errors);
  let reverseScoring = base.reverseScoring;
  if (o.reverseScoring !== undefined) {
    const found = REVERSE_SCORINGS.find((r) => r === o.reverseScoring);
    if (found) reverseScoring = found;
    else errors.push(`设置项 scoring.reverseScoring 必须是 ${REVERSE_SCORINGS.join(' 或 ')}`);
  }
  return { weights, reverseScoring, grades };
}

/**
 * Validates a partial override (e.g. stored JSON) and merges it over `DEFAULT_MONITORING_SETTINGS`.
 * `undefined`/`null` means no override. Unknown keys, wrong types and non-ascending thresholds are errors
 * (all of them are reported, in Chinese).
 */
export function parseMonitoringSettings(input: unknown): ParseSettingsResult {
  const base = DEFAULT_MONITORING_SETTINGS;
  const errors: string[] = [];
  const o = section(input ?? {}, base, '', errors) ?? {};

  const lightThresholds = mergeNumbers(base.lightThresholds, o.lightThresholds, 'lightThresholds', errors);
  const { red, yellow, green } = lightThresholds;
  checkAscending([red, yellow, green], 'lightThresholds', errors);
  const budgetThresholds = mergeNumbers(base.budgetThresholds, o.budgetThresholds, 'budgetThresholds', errors);
  checkAscending([budgetThresholds.red, budgetThresholds.yellow], 'budgetThresholds', errors);

  const settings: MonitoringSettings = {
    ...base,
    lightThresholds,
    budgetThresholds,
    scoring: parseScoring(o.scoring, base.scoring, errors),
  };
  if (o.tolerance !== undefined) {
    const t = o.tolerance;
    if (typeof t === 'number' && t >= 0 && t < 0.01) settings.tolerance = t;
    else errors.push('设置项 tolerance 必须是 0 到 0.01 之间的数');
  }
  if (o.deviationReasons !== undefined) {
    settings.deviationReasons = parseReasons(o.deviationReasons, errors) ?? base.deviationReasons;
  }
  if (o.officialRoundMonth !== undefined) {
    if (isIntegerIn(o.officialRoundMonth, 2, 12)) settings.officialRoundMonth = o.officialRoundMonth;
    else errors.push('设置项 officialRoundMonth 必须是 2 到 12 的整数（该月汇总此前各月数据）');
  }
  if (o.plausibility !== undefined) settings.plausibility = parsePlausibility(o.plausibility, base.plausibility, errors);
  if (o.noteMaxLength !== undefined) {
    if (isIntegerIn(o.noteMaxLength, 1, 100_000)) settings.noteMaxLength = o.noteMaxLength;
    else errors.push('设置项 noteMaxLength 必须是 1 到 100000 的整数');
  }
  if (o.leaderApprovesTargetChanges !== undefined) {
    if (typeof o.leaderApprovesTargetChanges === 'boolean') settings.leaderApprovesTargetChanges = o.leaderApprovesTargetChanges;
    else errors.push('设置项 leaderApprovesTargetChanges 必须是 true 或 false');
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, settings };
}
