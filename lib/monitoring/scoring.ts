/** Year-end self-evaluation (自评) scores, DOMAIN.md §6. */
import type { Category, Target } from '../target-value/types';
import { isReverse, satisfies } from './compare';
import { ceil2, floor2 } from './rounding';
import { DEFAULT_MONITORING_SETTINGS, type MonitoringSettings, type ScoringWeights } from './settings';
import type { QualitativeStatus } from './types';

/** 等级, best first. */
export const GRADES = ['优', '良', '中', '差'] as const;
export type Grade = (typeof GRADES)[number];

/** Share of w a qualitative result scores: the evaluator picks inside the band; default its middle. */
export const QUALITATIVE_BANDS: Record<QualitativeStatus, { min: number; max: number }> = {
  达成: { min: 0.8, max: 1 },
  部分达成: { min: 0.6, max: 0.8 },
  未达成: { min: 0, max: 0.6 },
};

/** A positive actual at or above this multiple of the target is flagged for review (target may be too low). */
export const REVIEW_RATIO = 1.2;

/** Which of the settings' weights a category draws on. */
export const WEIGHT_KEY: Record<Category, keyof ScoringWeights> = {
  产出指标: 'output',
  成本指标: 'output',
  效益指标: 'benefit',
  满意度指标: 'satisfaction',
};

export interface ScoredIndicatorInput {
  category: Category;
  target: Target;
  /** 实际完成值 in the target's unit (quantitative). */
  actual: number | null;
  /** 达成 / 部分达成 / 未达成 (qualitative). */
  status: QualitativeStatus | null;
  /** The indicator's own 分值; otherwise it shares what its category has left equally. */
  weight?: number | null;
  /** Qualitative: the share of w the evaluator picked inside the status band; default the band's middle. */
  qualitativeShare?: number | null;
  /** Marked 不适用 by the evaluator (self-evaluation only). */
  notApplicable?: boolean;
}

export interface IndicatorScore {
  weight: number;
  score: number;
  /** Positive actual ≥ 120% of the target. */
  flaggedForReview: boolean;
  /** Score below the weight: 偏差原因分析及改进措施 required. */
  needsExplanation: boolean;
}

/**
 * Weight of each indicator, in input order: its own weight, or an equal share of what its category's weight
 * leaves after the own weights (never below 0). What a category without indicators leaves is shared out by
 * `applicableWeights` (scoring-total.ts).
 */
export function allocateWeights(
  indicators: readonly Pick<ScoredIndicatorInput, 'category' | 'weight'>[],
  weights: ScoringWeights,
): number[] {
  const own = new Map<keyof ScoringWeights, number>();
  const shared = new Map<keyof ScoringWeights, number>();
  for (const { category, weight } of indicators) {
    const key = WEIGHT_KEY[category];
    if (weight === undefined || weight === null) shared.set(key, (shared.get(key) ?? 0) + 1);
    else if (Number.isFinite(weight) && weight >= 0) own.set(key, (own.get(key) ?? 0) + weight);
    else throw new RangeError(`指标分值必须是非负数：${weight}`);
  }
  return indicators.map(({ category, weight }) => {
    if (weight !== undefined && weight !== null) return weight;
    const key = WEIGHT_KEY[category];
    return Math.max(0, weights[key] - (own.get(key) ?? 0)) / shared.get(key)!;
  });
}

export interface BudgetScore {
  weight: number;
  score: number;
  executionRate: number | null;
  needsExplanation: boolean;
}

/** Any score below the weight needs 偏差原因分析及改进措施. */
export function belowWeight(score: number, w: number, settings: MonitoringSettings): boolean {
  return !satisfies(score, '>=', w, settings.tolerance);
}

function quantitativeScore(target: Target, t: number, actual: number, w: number, settings: MonitoringSettings): number {
  const tol = settings.tolerance;
  if (isReverse(target)) {
    if (satisfies(actual, '<=', t, tol)) return w;
    if (t <= 0) return 0;
    if (settings.scoring.reverseScoring === 'ratio') return (w * t) / actual;
    return actual < 2 * t ? w * (1 - (actual - t) / t) : 0;
  }
  if (satisfies(actual, '>=', t, tol)) return w;
  return t > 0 ? w * Math.max(0, actual / t) : 0;
}

function qualitativeScore(status: QualitativeStatus, share: number | null | undefined, w: number): number {
  const band = QUALITATIVE_BANDS[status];
  const s = share ?? (band.min + band.max) / 2;
  // A share worked out from points in cents may stray from the band's edge by float noise only.
  if (!(s >= band.min - 1e-9 && s <= band.max + 1e-9)) {
    throw new RangeError(`${status} 的得分比例应在 ${band.min * 100}%–${band.max * 100}% 之间：${s}`);
  }
  return w * Math.min(band.max, Math.max(band.min, s));
}

/** Score of one indicator worth `w` points; nothing reported (or no target value) scores 0. */
export function scoreIndicator(
  input: ScoredIndicatorInput,
  w: number,
  settings: MonitoringSettings = DEFAULT_MONITORING_SETTINGS,
): IndicatorScore {
  const { target, actual, status } = input;
  let score = 0;
  let flaggedForReview = false;
  if (target.kind === 'qualitative') {
    if (status !== null) score = qualitativeScore(status, input.qualitativeShare, w);
  } else if (actual !== null && target.value !== null) {
    score = quantitativeScore(target, target.value, actual, w, settings);
    flaggedForReview =
      !isReverse(target) && target.value > 0 && satisfies(actual, '>=', REVIEW_RATIO * target.value, settings.tolerance);
  }
  return { weight: w, score, flaggedForReview, needsExplanation: belowWeight(score, w, settings) };
}

/** 预算执行率 score: min(执行率, 1) × weight; no execution or no positive total scores 0. */
export function scoreBudget(
  executed: number | null,
  total: number | null,
  settings: MonitoringSettings = DEFAULT_MONITORING_SETTINGS,
): BudgetScore {
  const w = settings.scoring.weights.budget;
  const executionRate = executed !== null && total !== null && total > 0 ? executed / total : null;
  const score = Math.max(0, Math.min(executionRate ?? 0, 1)) * w;
  return { weight: w, score, executionRate, needsExplanation: belowWeight(score, w, settings) };
}

export function gradeOf(total: number, settings: MonitoringSettings = DEFAULT_MONITORING_SETTINGS): Grade {
  const { grades } = settings.scoring;
  const reaches = (min: number) => satisfies(total, '>=', min, settings.tolerance);
  if (reaches(grades.优)) return '优';
  if (reaches(grades.良)) return '良';
  if (reaches(grades.中)) return '中';
  return '差';
}

/** The points a qualitative status may score at weight `w`, in cents inside its band (达成 at 10: 8.00–10.00). */
export function qualitativeBandPoints(status: QualitativeStatus, w: number): { min: number; max: number } {
  const band = QUALITATIVE_BANDS[status];
  return { min: ceil2(w * band.min), max: floor2(w * band.max) };
}
