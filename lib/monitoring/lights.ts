/** Lights of indicators, budget execution and projects, DOMAIN.md §5. */
import type { Target } from '../target-value/types';
import type { Actual } from './actual';
import { effectiveComparator, isReverse, nearlyEqual, satisfies } from './compare';
import { DEFAULT_MONITORING_SETTINGS, type MonitoringSettings } from './settings';
import { LIGHTS, type Light, type QualitativeStatus } from './types';

/** v is below the threshold by more than the tolerance (so (4/12)/(5/12) is not below 0.8). */
function below(v: number, threshold: number, tolerance: number): boolean {
  return v < threshold && !nearlyEqual(v, threshold, tolerance);
}

/** Positive indicator on v = actual / expected: red, yellow, green, or blue (target may be too low). */
export function positiveLight(v: number, settings: MonitoringSettings = DEFAULT_MONITORING_SETTINGS): Light {
  const { red, yellow, green } = settings.lightThresholds;
  if (below(v, red, settings.tolerance)) return 'red';
  if (below(v, yellow, settings.tolerance)) return 'yellow';
  if (below(v, green, settings.tolerance)) return 'green';
  return 'blue';
}

/**
 * Reverse (`lower`) indicator: green when the actual satisfies the target's comparator (a bare value is a
 * limit, ≤), else red; gray without a target value.
 */
export function reverseLight(
  actual: number,
  target: Target,
  settings: MonitoringSettings = DEFAULT_MONITORING_SETTINGS,
): Light {
  if (target.value === null) return 'gray';
  return satisfies(actual, effectiveComparator(target), target.value, settings.tolerance) ? 'green' : 'red';
}

const QUALITATIVE_LIGHTS: Record<QualitativeStatus, Light> = { 达成: 'green', 部分达成: 'yellow', 未达成: 'red' };

/** 达成 green, 部分达成 yellow, 未达成 red; no status yet gray. */
export function qualitativeLight(status: QualitativeStatus | null): Light {
  return status === null ? 'gray' : QUALITATIVE_LIGHTS[status];
}

/** v = actual / expected for a positive quantitative indicator with a positive expected value; else null. */
export function indicatorRatio(target: Target, actual: number | null, expected: number | null): number | null {
  if (target.kind === 'qualitative' || isReverse(target) || actual === null || expected === null) return null;
  return expected > 0 ? actual / expected : null;
}

/**
 * The light of one indicator: gray when nothing is reported or the target has no value; qualitative by
 * status; reverse by comparator; positive by ratio. A positive target whose expected value is 0 or negative
 * has no meaningful ratio and is judged by its comparator against the expected value: green or red.
 */
export function indicatorLight(
  target: Target,
  actual: Actual,
  expected: number | null,
  settings: MonitoringSettings = DEFAULT_MONITORING_SETTINGS,
): Light {
  if (target.kind === 'qualitative') return qualitativeLight(actual.status);
  if (actual.value === null || expected === null) return 'gray';
  if (isReverse(target)) return reverseLight(actual.value, target, settings);
  const ratio = indicatorRatio(target, actual.value, expected);
  if (ratio !== null) return positiveLight(ratio, settings);
  return satisfies(actual.value, effectiveComparator(target), expected, settings.tolerance) ? 'green' : 'red';
}

/**
 * At year end (the budget year's last month, t = 1) a leader reads green as done (DOMAIN.md §5): a positive
 * quantitative indicator is green or blue only when it is met; not met, it is yellow with v ≥ the red threshold
 * and red below (涉农贷款余额 at 2,760 of 3,000: v = 0.92, not met → yellow).
 */
export function yearEndLight(
  light: Light,
  met: boolean | null,
  ratio: number | null,
  settings: MonitoringSettings = DEFAULT_MONITORING_SETTINGS,
): Light {
  if ((light !== 'green' && light !== 'blue') || met !== false) return light;
  return ratio !== null && !below(ratio, settings.lightThresholds.red, settings.tolerance) ? 'yellow' : 'red';
}

/**
 * Budget light on v = (executed / total) / t: red, yellow or green. Gray when no execution is recorded
 * (`executed` null — a recorded 0 is red) or the budget total is missing or not positive.
 */
export function budgetLight(
  executed: number | null,
  total: number | null,
  t: number,
  settings: MonitoringSettings = DEFAULT_MONITORING_SETTINGS,
): Light {
  if (!(t > 0)) throw new RangeError(`序时进度必须大于 0：${t}`);
  if (executed === null || total === null || !(total > 0)) return 'gray';
  const v = executed / total / t;
  const { red, yellow } = settings.budgetThresholds;
  if (below(v, red, settings.tolerance)) return 'red';
  if (below(v, yellow, settings.tolerance)) return 'yellow';
  return 'green';
}

const SEVERITY: readonly Light[] = LIGHTS.filter((light) => light !== 'gray');

/** Worst of the indicator lights (red > yellow > green > blue); gray only when all are gray or there are none. */
export function projectLight(lights: readonly Light[]): Light {
  return SEVERITY.find((light) => lights.includes(light)) ?? 'gray';
}
