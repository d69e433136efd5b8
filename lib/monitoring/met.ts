/** Met (达成), shown apart from the light, DOMAIN.md §5. */
import type { Target } from '../target-value/types';
import type { Actual } from './actual';
import { effectiveComparator, satisfies } from './compare';
import { DEFAULT_MONITORING_SETTINGS, type MonitoringSettings } from './settings';

/**
 * Whether the actual satisfies the (whole-year) target: its comparator as written, else ≥ for a bare
 * positive value and ≤ for a bare `lower` one. Qualitative: true only for 达成. Null when not known: nothing
 * reported yet, or a quantitative target without a value.
 */
export function isMet(
  target: Target,
  actual: Actual,
  settings: MonitoringSettings = DEFAULT_MONITORING_SETTINGS,
): boolean | null {
  if (target.kind === 'qualitative') return actual.status === null ? null : actual.status === '达成';
  if (actual.value === null || target.value === null) return null;
  return satisfies(actual.value, effectiveComparator(target), target.value, settings.tolerance);
}
