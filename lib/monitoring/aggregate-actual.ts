/**
 * The actual (DOMAIN.md §4–§5) from what a database aggregates instead of every entry: the latest entry that counts
 * and, for a cumulative indicator, the sum of the counting values per unit they were entered in. Gives what
 * computeActual gives on the same entries (the property test in aggregate-actual.test.ts pins it).
 */
import { convertScale } from '../target-value';
import type { MeasureMode, Target } from '../target-value/types';
import type { Actual } from './actual';
import type { Period, QualitativeStatus } from './types';

export interface EntryAggregate {
  /**
   * The latest current entry at or before the as-of month carrying the figure the mode asks for (a value, or a
   * status for a qualitative target); null when there is none.
   */
  latest: { period: Period; value: number | null; unit: string | null; status: QualitativeStatus | null } | null;
  /** Cumulative targets: the sum of those entries' values, one sum per unit entered (null: the target's unit). */
  sums: readonly { unit: string | null; total: number }[];
}

function inTargetUnit(value: number, unit: string | null, target: Target, period: Period | null): number {
  if (unit === null || unit === target.unit) return value;
  const converted = convertScale(value, unit, target.unit);
  if (converted === null) {
    throw new RangeError(`${period ?? '某月'} 的填报单位“${unit}”无法换算为指标单位“${target.unit ?? '（无）'}”`);
  }
  return converted;
}

export function actualOfAggregate(target: Target, mode: MeasureMode, { latest, sums }: EntryAggregate): Actual {
  if (!latest) return { value: null, status: null, latestPeriod: null };
  if (target.kind === 'qualitative') return { value: null, status: latest.status, latestPeriod: latest.period };
  const value =
    mode === 'cumulative'
      ? sums.reduce((sum, s) => sum + inTargetUnit(s.total, s.unit, target, null), 0)
      : inTargetUnit(latest.value ?? 0, latest.unit, target, latest.period);
  return { value, status: null, latestPeriod: latest.period };
}
