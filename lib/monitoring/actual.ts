/** The actual (实际完成值) of an indicator as of a month, DOMAIN.md §4–§5. */
import type { MeasureMode } from '../target-value/types';
import { assertPeriodsOfYear } from './period';
import type { IndicatorEntry, Period, QualitativeStatus } from './types';

/** How entries add up: the target's measure mode, or `qualitative` for a qualitative target. */
export type ActualMode = MeasureMode | 'qualitative';

export interface Actual {
  /** cumulative: sum of the period values; level: the latest value; null when nothing is reported. */
  value: number | null;
  /** qualitative: the latest status. */
  status: QualitativeStatus | null;
  /** Period of the latest entry that counts; null when none does (未填报). */
  latestPeriod: Period | null;
}

/**
 * Checks the entries and keeps those that count as of `asOf`, oldest first: entries of later months are
 * ignored, and so is an entry without the figure the mode asks for (a value, or a status for a qualitative
 * indicator) — it is not a report. Throws on an invalid period, an entry outside the as-of budget year, or two
 * entries for one period (the caller passes only the current entry of each period).
 */
function countingEntries(
  mode: ActualMode,
  entries: readonly IndicatorEntry[],
  asOf: Period,
): IndicatorEntry[] {
  assertPeriodsOfYear(entries.map((e) => e.period), asOf);
  return entries
    .filter((e) => e.period <= asOf && (mode === 'qualitative' ? e.status !== null : e.value !== null))
    .sort((a, b) => (a.period < b.period ? -1 : 1));
}

/**
 * cumulative: actual = sum of the period values; level: the latest period value; qualitative: the latest
 * status. Values must already be in the target's unit.
 */
export function computeActual(mode: ActualMode, entries: readonly IndicatorEntry[], asOf: Period): Actual {
  const counting = countingEntries(mode, entries, asOf);
  const latest = counting.at(-1);
  if (!latest) return { value: null, status: null, latestPeriod: null };
  if (mode === 'qualitative') return { value: null, status: latest.status, latestPeriod: latest.period };
  const value = mode === 'cumulative' ? counting.reduce((sum, e) => sum + (e.value ?? 0), 0) : latest.value;
  return { value, status: null, latestPeriod: latest.period };
}
