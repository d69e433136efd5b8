import { SELF_EVALUATION_WARNINGS, type SelfEvaluationWarningCode } from '../self-evaluation/vocabulary';
import { DEFAULT_PLAUSIBILITY, type PlausibilitySettings } from './plausibility';

/**
 * Configurable items of DOMAIN.md §5 (in-year monitoring) and §6 (year-end self-evaluation), with their
 * defaults (checked by settings-schema.ts). Nothing else in lib/monitoring hard-codes a threshold or a category list.
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

/** The indicator categories' weights, with the names the pages show. */
export const INDICATOR_WEIGHT_LABELS = { output: '产出指标', benefit: '效益指标', satisfaction: '满意度指标' } as const;
export type IndicatorWeightKey = keyof typeof INDICATOR_WEIGHT_LABELS;

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
export const REVERSE_SCORINGS = ['linear', 'ratio'] as const;
export type ReverseScoring = (typeof REVERSE_SCORINGS)[number];
export const REVERSE_SCORING_LABELS: Record<ReverseScoring, string> = {
  linear: '线性扣分（超出部分按比例扣减）',
  ratio: '比值（目标值 / 实际值）',
};

/** Minimum total score of each grade; below 中 is 差. */
export interface GradeThresholds {
  优: number;
  良: number;
  中: number;
}

/** 自评预警: which consistency warnings are raised, and their two thresholds. */
export interface SelfEvaluationWarningSettings {
  enabled: readonly SelfEvaluationWarningCode[];
  /** (指标得分率 − 预算得分率) ÷ 指标得分率 above this warns (0.05 = 5%). */
  spendingGap: number;
  /** 执行率 below this without an explanation warns (0.8 = 80%). */
  lowExecutionRate: number;
}

export interface ScoringSettings {
  weights: ScoringWeights;
  reverseScoring: ReverseScoring;
  grades: GradeThresholds;
  warnings: SelfEvaluationWarningSettings;
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

/** The 偏差原因 categories of DOMAIN.md §5, until the administrator changes them. */
export const DEFAULT_DEVIATION_REASONS = ['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'] as const;

export const DEFAULT_MONITORING_SETTINGS: MonitoringSettings = {
  lightThresholds: { red: 0.6, yellow: 0.8, green: 1.2 },
  budgetThresholds: { red: 0.6, yellow: 0.8 },
  tolerance: 1e-9,
  deviationReasons: DEFAULT_DEVIATION_REASONS,
  officialRoundMonth: 8,
  noteMaxLength: 2000,
  plausibility: DEFAULT_PLAUSIBILITY,
  leaderApprovesTargetChanges: false,
  scoring: {
    weights: { budget: 10, output: 50, benefit: 30, satisfaction: 10 },
    reverseScoring: 'linear',
    grades: { 优: 90, 良: 80, 中: 60 },
    warnings: { enabled: SELF_EVALUATION_WARNINGS, spendingGap: 0.05, lowExecutionRate: 0.8 },
  },
};
