/** One indicator's monitoring figures as of a month, DOMAIN.md §5. */
import { convertScale } from '../target-value';
import type { MeasureMode, Target } from '../target-value/types';
import { computeActual, type Actual } from './actual';
import { expectedByNow } from './expected';
import { indicatorLight, indicatorRatio, yearEndLight } from './lights';
import { isYearEnd } from './period';
import { isReportedFor } from './reported';
import { isMet } from './met';
import { DEFAULT_MONITORING_SETTINGS, type MonitoringSettings } from './settings';
import { isStale } from './stale';
import type { IndicatorEntry, Light, Period, QualitativeStatus } from './types';

export interface EvaluateIndicatorInput {
  target: Target;
  /** Ignored for a qualitative target (its latest status counts). */
  mode: MeasureMode;
  entries: readonly IndicatorEntry[];
  asOf: Period;
  /** 计划完成月份 of a one-off output (DOMAIN.md §5), or null. */
  plannedPeriod?: Period | null;
  settings?: MonitoringSettings;
}

export interface IndicatorEvaluation {
  /** Quantitative actual in the target's unit; null for a qualitative target or when nothing is reported. */
  actual: number | null;
  /** Latest status of a qualitative indicator. */
  status: QualitativeStatus | null;
  /** Expected-by-now in the target's unit (see expectedByNow). */
  expected: number | null;
  /** actual / expected as a fraction (0.85) for a positive quantitative indicator; else null. */
  ratio: number | null;
  light: Light;
  met: boolean | null;
  stale: boolean;
  latestPeriod: Period | null;
  /** Reported for the as-of month: a current entry for that very period (DOMAIN.md §5). */
  reported: boolean;
}

/**
 * Converts an entry's value into the target's unit. An entry without a unit, or with the target's unit, is
 * taken as is; one whose unit does not convert (different base unit) should have been refused on entry, so
 * it throws.
 */
function inTargetUnit(entry: IndicatorEntry, target: Target): IndicatorEntry {
  const unit = entry.unit ?? null;
  if (entry.value === null || unit === null || unit === target.unit) return entry;
  const value = convertScale(entry.value, unit, target.unit);
  if (value === null) {
    const to = target.unit ?? '（无）';
    throw new RangeError(`${entry.period} 的填报单位“${unit}”无法换算为指标单位“${to}”`);
  }
  return { ...entry, value, unit: target.unit };
}

export function evaluateIndicator(input: EvaluateIndicatorInput): IndicatorEvaluation {
  const { target, mode, asOf } = input;
  const qualitative = target.kind === 'qualitative';
  const entries = qualitative ? input.entries : input.entries.map((e) => inTargetUnit(e, target));
  const actualMode = qualitative ? 'qualitative' : mode;
  return judgeIndicator({ ...input, actual: computeActual(actualMode, entries, asOf), reported: isReportedFor(actualMode, entries, asOf) });
}

export interface JudgeIndicatorInput extends Omit<EvaluateIndicatorInput, 'entries'> {
  /** The actual as of `asOf`, its value already in the target's unit (computeActual, or an aggregate query). */
  actual: Actual;
  /** Reported for the as-of month (isReportedFor). */
  reported: boolean;
}

/**
 * The rules applied to an actual however it was obtained — from the entries (evaluateIndicator) or from the
 * database's aggregates — so both give the same expected value, ratio, light, met and stale.
 */
export function judgeIndicator(input: JudgeIndicatorInput): IndicatorEvaluation {
  const { target, mode, asOf, actual, reported, plannedPeriod = null, settings = DEFAULT_MONITORING_SETTINGS } = input;
  const expected = expectedByNow(target, mode, asOf, plannedPeriod);
  const ratio = indicatorRatio(target, actual.value, expected);
  const met = isMet(target, actual, settings);
  const light = indicatorLight(target, actual, expected, settings);
  return {
    actual: actual.value,
    status: actual.status,
    expected,
    ratio,
    light: isYearEnd(asOf) ? yearEndLight(light, met, ratio, settings) : light,
    met,
    stale: isStale(actual.latestPeriod, asOf),
    latestPeriod: actual.latestPeriod,
    reported,
  };
}
