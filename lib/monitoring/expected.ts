/** What an indicator should have reached by the as-of month, DOMAIN.md §5. */
import type { MeasureMode, Target } from '../target-value/types';
import { isReverse } from './compare';
import { timeElapsed } from './period';
import type { Period } from './types';

/**
 * Expected-by-now, in the target's unit: target × t (序时进度) for `cumulative`, the target for `level`.
 * A reverse (`lower`) target is a limit for the whole year, so its expected value is the target itself in
 * both modes (3 complaints by June are within a yearly limit of 6). With a 计划完成月份 (a one-off output such as
 * 召开会议 1次), nothing is expected before that month and the whole target from it on, in both modes. Null for a
 * qualitative target or a quantitative one without a value.
 */
export function expectedByNow(target: Target, mode: MeasureMode, asOf: Period, plannedPeriod: Period | null = null): number | null {
  if (target.kind === 'qualitative' || target.value === null) return null;
  if (mode === 'level' || isReverse(target)) return plannedPeriod !== null && asOf < plannedPeriod && !isReverse(target) ? 0 : target.value;
  if (plannedPeriod !== null) return asOf < plannedPeriod ? 0 : target.value;
  return target.value * timeElapsed(asOf);
}
