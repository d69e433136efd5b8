/** Stale indicators, DOMAIN.md §5. */
import { previousPeriod } from './period';
import type { Period } from './types';

/**
 * An indicator is stale when its latest entry is from before the month preceding the as-of month (as of
 * 2022-06: latest entry 2022-04 or earlier). An indicator with no entry at all is not stale: it is 未填报
 * and shows gray instead, so the two states never overlap.
 */
export function isStale(latestPeriod: Period | null, asOf: Period): boolean {
  return latestPeriod !== null && latestPeriod < previousPeriod(asOf);
}
