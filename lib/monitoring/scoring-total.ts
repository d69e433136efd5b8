/**
 * The 自评表's scores of one project (DOMAIN.md §6): 不适用 lines dropped and the other indicators rescaled, each line
 * rounded to 2 decimals, 总分 the sum of the rounded lines, and its 等级.
 */
import {
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
import { DEFAULT_MONITORING_SETTINGS, type MonitoringSettings, type ScoringWeights } from './settings';

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
}

/**
 * Indicator weights once 不适用 lines are dropped: the others are rescaled so that the indicators are still worth what
 * they were together (90 by default; the 预算执行率 weight stays as configured), then rounded to cents keeping that sum.
 */
export function applicableWeights(indicators: readonly ScoredIndicatorInput[], weights: ScoringWeights): number[] {
  const allocated = allocateWeights(indicators, weights);
  const all = allocated.reduce((a, b) => a + b, 0);
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
  return { budget, indicators, total, grade: gradeOf(total, settings) };
}
