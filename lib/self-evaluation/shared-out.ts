import { formatScore } from '../format/score';
import { INDICATOR_WEIGHT_LABELS, type IndicatorWeightKey, type ScoringWeights } from '../monitoring/settings';

/**
 * Says on the 自评 page why the lines weigh more than the category split: `本项目没有满意度指标，其 10.00 分按比例分给
 * 其余指标，指标合计仍为 90.00 分。` — or null when every category has indicators.
 */
export function describeSharedOut(sharedOut: readonly IndicatorWeightKey[] | undefined, weights: ScoringWeights): string | null {
  if (!sharedOut || sharedOut.length === 0) return null;
  const names = sharedOut.map((key) => INDICATOR_WEIGHT_LABELS[key]).join('、');
  const points = sharedOut.reduce((sum, key) => sum + weights[key], 0);
  const worth = weights.output + weights.benefit + weights.satisfaction;
  return `本项目没有${names}，其 ${formatScore(points)} 分按比例分给其余指标，指标合计仍为 ${formatScore(worth)} 分。`;
}
