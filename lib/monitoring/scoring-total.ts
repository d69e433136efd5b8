/**
 * The 自评表's scores of one project (DOMAIN.md §6): 不适用 lines dropped and the other indicators rescaled, each line
 * rounded to 2 decimals, 总分 the sum of the rounded lines, and its 等级.
 */
import {
  WEIGHT_KEY,
  allocateWeights,
  belowWeight,
  gradeOf,
  scoreBudget,
  scoreIndicator,
  type BudgetScore,
  type Grade,
  type IndicatorScore,
  type ScoredIndicatorInput,
} from './scoring';
import { round2, roundShares, sumCents } from './rounding';
import { DEFAULT_MONITORING_SETTINGS, INDICATOR_WEIGHT_LABELS, type IndicatorWeightKey, type MonitoringSettings, type ScoringWeights } from './settings';

export interface SelfEvaluationInput {
  budget: { executed: number | null; total: number | null };
  indicators: readonly ScoredIndicatorInput[];
  settings?: MonitoringSettings;
}

export interface SelfEvaluationLine extends IndicatorScore {
  /** 不适用: its weight is dropped (0) and the other indicators' weights rescaled; it scores nothing. */
  notApplicable: boolean;
}

export interface SelfEvaluation {
  budget: BudgetScore;
  /** In input order. */
  indicators: SelfEvaluationLine[];
  total: number;
  grade: Grade;
  /** The categories without indicators whose points the other indicators share. */
  sharedOut: IndicatorWeightKey[];
}

const hasOwnWeights = (indicators: readonly Pick<ScoredIndicatorInput, 'weight'>[]) => indicators.some((ind) => ind.weight !== undefined && ind.weight !== null);

/**
 * The categories without indicators (typically a project with no 满意度指标) whose points are shared out over the other
 * indicators, so that the ceiling stays 100; none when the department gave indicators their own weights (a 权重
 * column): then what it gave counts as it is.
 */
export function sharedOutCategories(indicators: readonly Pick<ScoredIndicatorInput, 'category' | 'weight'>[]): IndicatorWeightKey[] {
  if (indicators.length === 0 || hasOwnWeights(indicators)) return [];
  const present = new Set(indicators.map((ind) => WEIGHT_KEY[ind.category]));
  return (Object.keys(INDICATOR_WEIGHT_LABELS) as IndicatorWeightKey[]).filter((key) => !present.has(key));
}

/** What the indicators are worth together: the three categories' weights (90 by default), or the own weights' sum. */
function indicatorsWorth(indicators: readonly ScoredIndicatorInput[], allocated: readonly number[], weights: ScoringWeights): number {
  if (hasOwnWeights(indicators)) return allocated.reduce((a, b) => a + b, 0);
  return weights.output + weights.benefit + weights.satisfaction;
}

/**
 * Indicator weights once 不适用 lines are dropped and absent categories' weights shared out (`sharedOutCategories`):
 * the indicators that count are rescaled so that together they are worth `indicatorsWorth`, then rounded to cents
 * keeping that sum.
 */
export function applicableWeights(indicators: readonly ScoredIndicatorInput[], weights: ScoringWeights): number[] {
  const allocated = allocateWeights(indicators, weights);
  const all = indicatorsWorth(indicators, allocated, weights);
  const kept = allocated.reduce((sum, w, i) => (indicators[i]!.notApplicable ? sum : sum + w), 0);
  const factor = kept > 0 ? all / kept : 0;
  return roundShares(allocated.map((w, i) => (indicators[i]!.notApplicable ? 0 : w * factor)));
}

function roundedLine(input: ScoredIndicatorInput, w: number, settings: MonitoringSettings): SelfEvaluationLine {
  if (input.notApplicable) return { weight: 0, score: 0, flaggedForReview: false, needsExplanation: false, notApplicable: true };
  const raw = scoreIndicator(input, w, settings);
  const score = round2(raw.score);
  return { ...raw, score, needsExplanation: belowWeight(score, w, settings), notApplicable: false };
}

/**
 * The 自评表 of one project: budget and indicator scores, each rounded to 2 decimals; 总分 is the sum of the rounded
 * lines and 等级 follows from it (DOMAIN.md §6).
 */
export function scoreSelfEvaluation(input: SelfEvaluationInput): SelfEvaluation {
  const settings = input.settings ?? DEFAULT_MONITORING_SETTINGS;
  const rawBudget = scoreBudget(input.budget.executed, input.budget.total, settings);
  const budgetScore = round2(rawBudget.score);
  const budget = { ...rawBudget, score: budgetScore, needsExplanation: belowWeight(budgetScore, rawBudget.weight, settings) };
  const weights = applicableWeights(input.indicators, settings.scoring.weights);
  const indicators = input.indicators.map((ind, i) => roundedLine(ind, weights[i]!, settings));
  const total = sumCents([budget.score, ...indicators.map((s) => s.score)]);
  return { budget, indicators, total, grade: gradeOf(total, settings), sharedOut: sharedOutCategories(input.indicators) };
}
