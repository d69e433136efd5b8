/** The rules an entry must pass before it is saved (DOMAIN.md §5), once its input is well-formed. */
import type { Entry, Indicator } from '@/db/schema';
import { choicesText, entryPlausibility, evaluateIndicator, QUALITATIVE_STATUSES, validateDeviation, type MonitoringSettings } from '@/lib/monitoring';
import { formatNumber } from '@/lib/format/number';
import { convertScale } from '@/lib/target-value';
import { DeviationRequiredError, ImplausibleError, ValidationError } from '../errors';
import { ruleInputOf, targetOf } from '../monitoring/indicator-target';
import type { EntryInput } from './entry-input';

export interface CheckedEntry {
  value: number | null;
  status: EntryInput['status'];
  unit: string | null;
  /** The plausibility warnings the owner confirmed (`confirm: true`); empty when there were none. */
  confirmedWarnings: string[];
}

/** Quantity checks: a value, not negative (but for a level in %), in a unit that converts into the target's. */
function checkQuantity(indicator: Indicator, input: EntryInput, unit: string | null): number {
  const target = targetOf(indicator);
  if (input.value == null) throw new ValidationError('请填写完成值', { value: ['必填'] });
  if (input.value < 0 && !(indicator.mode === 'level' && unit === '%')) throw new ValidationError('完成值不能为负数', { value: ['不能为负数'] });
  const inTargetUnit = convertScale(input.value, unit, target.unit);
  if (inTargetUnit === null) {
    throw new ValidationError(`单位“${unit}”无法换算为指标单位“${target.unit ?? '（无）'}”`, { unit: ['单位无法换算'] });
  }
  return inTargetUnit;
}

/**
 * Checks an entry of `period` against the indicator's other current entries (`others`): plausibility (refused unless
 * confirmed), a 全年预计 that cannot be below the year's cumulative actual, and the deviation fields a red or yellow
 * entry needs — each problem reported beside its own field.
 */
export function checkEntry(indicator: Indicator, period: string, input: EntryInput, others: Entry[], settings: MonitoringSettings): CheckedEntry {
  const target = targetOf(indicator);
  if (target.kind === 'qualitative' && !input.status) throw new ValidationError(`请选择完成情况：${choicesText(QUALITATIVE_STATUSES)}`, { status: ['必填'] });
  const unit = target.kind === 'qualitative' ? null : input.unit || target.unit;
  const inTargetUnit = target.kind === 'qualitative' ? null : checkQuantity(indicator, input, unit);
  const warnings = inTargetUnit === null ? [] : entryPlausibility(inTargetUnit, target, settings.plausibility);
  if (warnings.length > 0 && !input.confirm) throw new ImplausibleError(warnings, 'value');

  const value = target.kind === 'qualitative' ? null : input.value!;
  const status = target.kind === 'qualitative' ? (input.status ?? null) : null;
  const evaluation = evaluateIndicator({ ...ruleInputOf(indicator), entries: [...others, { period, value, status, unit }], asOf: period, settings });
  if (indicator.mode === 'cumulative' && input.forecast != null && evaluation.actual !== null && input.forecast < evaluation.actual - settings.tolerance) {
    const actual = formatNumber(evaluation.actual, target.unit);
    throw new ValidationError(`全年预计完成值不能低于截至本月的累计完成值 ${actual}`, { forecast: [`不能低于累计完成值 ${actual}`] });
  }
  const problems = validateDeviation({ light: evaluation.light, reasons: input.reasons, explanation: input.explanation, possibility: input.possibility ?? null }, settings);
  if (problems.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const { field, message } of problems) (fieldErrors[field] ??= []).push(message);
    const ErrorType = problems.some((p) => p.message.includes('必填项')) ? DeviationRequiredError : ValidationError;
    throw new ErrorType(problems.map((p) => p.message).join('；'), fieldErrors);
  }
  return { value, status, unit, confirmedWarnings: warnings.map((w) => w.message) };
}
