/**
 * What an entry being typed would do, before it is saved: its light, whether the deviation fields become required, the
 * plausibility warnings to confirm, and a suggested 全年预计完成值. The same rules the server applies on save.
 */
import { convertScale } from '../target-value/scale';
import type { MeasureMode, Target } from '../target-value/types';
import { needsDeviationExplanation } from './deviation';
import { evaluateIndicator } from './evaluate-indicator';
import { forecastPrefill } from './forecast';
import { entryPlausibility, type PlausibilityWarning } from './plausibility';
import type { MonitoringSettings } from './settings';
import type { IndicatorEntry, Light, Period, QualitativeStatus } from './types';

export interface EntryDraft {
  value: number | null;
  /** The unit the value is typed in; null is the target's own. */
  unit: string | null;
  status: QualitativeStatus | null;
}

export interface EntryPreviewInput {
  target: Target;
  mode: MeasureMode;
  plannedPeriod: Period | null;
  settings: MonitoringSettings;
  /** The indicator's current entries of other months. */
  others: readonly IndicatorEntry[];
  period: Period;
  draft: EntryDraft;
}

export interface EntryPreview {
  /** Null until a figure is typed (or when it cannot be converted into the target's unit). */
  light: Light | null;
  needsDeviation: boolean;
  warnings: PlausibilityWarning[];
  /** The actual to date with this entry, in the target's unit. */
  actual: number | null;
  forecastSuggestion: number | null;
}

const NOTHING: EntryPreview = { light: null, needsDeviation: false, warnings: [], actual: null, forecastSuggestion: null };

export function previewEntry({ target, mode, plannedPeriod, settings, others, period, draft }: EntryPreviewInput): EntryPreview {
  const qualitative = target.kind === 'qualitative';
  if (qualitative ? draft.status === null : draft.value === null) return NOTHING;
  const unit = draft.unit ?? target.unit;
  const inTargetUnit = qualitative ? null : convertScale(draft.value!, unit, target.unit);
  if (!qualitative && inTargetUnit === null) return NOTHING;
  const entries = [...others.filter((e) => e.period !== period), { period, value: inTargetUnit, status: draft.status, unit: target.unit }];
  const evaluation = evaluateIndicator({ target, mode, plannedPeriod, entries, asOf: period, settings });
  return {
    light: evaluation.light,
    needsDeviation: needsDeviationExplanation(evaluation.light),
    warnings: inTargetUnit === null ? [] : entryPlausibility(inTargetUnit, target, settings.plausibility),
    actual: evaluation.actual,
    forecastSuggestion: forecastPrefill({ target, mode, actual: evaluation.actual, asOf: period }),
  };
}
