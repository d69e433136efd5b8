/** What an indicator should have reached by the as-of month, DOMAIN.md §5. */
import type { MeasureMode, Target } from '../target-value/types';
import { isReverse } from './compare';
import { timeElapsed } from './period';
import type { Period } from './types';

/**
 * Expected-by-now, in the target's unit: target × t (序时进度) for `cumulative`, the target for `level`.
 * A reverse (`lower`) target is a limit for the whole year, so its expected value is the target itself in
 * both modes (3 complaints by June are within a yearly limit of 6). Null for a qualitative target or a
 * quantitative one without a value.
 */
export function expectedByNow(target: Target, mode: MeasureMode, asOf: Period): number | null {
  if (target.kind === 'qualitative' || target.value === null) return null;
  if (mode === 'level' || isReverse(target)) return target.value;
  return target.value * timeElapsed(asOf);
}
