/** *Reported for a month*, DOMAIN.md §5: the one definition the overview, 我的填报 and the API use. */
import type { ActualMode } from './actual';
import type { IndicatorEntry, Period } from './types';

/**
 * An indicator is reported for month `period` when it has a current entry for that very period carrying the figure
 * its mode asks for (a value, or a status for a qualitative indicator). An entry in an earlier month does not make it
 * reported now. The caller passes the current entries only.
 */
export function isReportedFor(mode: ActualMode, entries: readonly IndicatorEntry[], period: Period): boolean {
  return entries.some((e) => e.period === period && (mode === 'qualitative' ? e.status !== null : e.value !== null));
}

/**
 * The same rule on the latest period that counts at or before `period` (an aggregate query's answer): reported
 * exactly when that latest period is `period` itself.
 */
export function isReportedAtLatest(latestPeriod: Period | null, period: Period): boolean {
  return latestPeriod === period;
}
