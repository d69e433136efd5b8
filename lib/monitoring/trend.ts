/** Month-by-month actual and expected of one indicator, for its trend line. */
import { evaluateIndicator, type EvaluateIndicatorInput } from './evaluate-indicator';
import { periodsOfYear, periodYear } from './period';
import type { Period } from './types';

export interface TrendPoint {
  period: Period;
  /** The actual as of that month (null before the first report); qualitative indicators have none. */
  actual: number | null;
  expected: number | null;
}

/** One point per month from January to the as-of month. */
export function indicatorTrend(input: EvaluateIndicatorInput): TrendPoint[] {
  return periodsOfYear(periodYear(input.asOf))
    .filter((period) => period <= input.asOf)
    .map((period) => {
      const { actual, expected } = evaluateIndicator({ ...input, asOf: period });
      return { period, actual, expected };
    });
}
