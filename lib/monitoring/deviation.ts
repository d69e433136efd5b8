/** 偏差原因 / 原因说明 / 完成目标可能性 on red and yellow entries, DOMAIN.md §5. */
import { DEFAULT_MONITORING_SETTINGS, type MonitoringSettings } from './settings';
import { LIGHT_LABELS, POSSIBILITIES, type Light } from './types';

/** A red or yellow entry needs 偏差原因, 原因说明 and 完成目标可能性 before it is saved. */
export function needsDeviationExplanation(light: Light): boolean {
  return light === 'red' || light === 'yellow';
}

export interface DeviationInput {
  light: Light;
  reasons: readonly string[];
  explanation: string | null;
  possibility: string | null;
}

/** Characters as users count them (one per code point, so 𠮷 is one). */
function charCount(text: string): number {
  return [...text].length;
}

export type DeviationField = 'reasons' | 'explanation' | 'possibility';

export interface DeviationProblem {
  field: DeviationField;
  message: string;
}

/**
 * Problems with an entry's deviation fields, each with the field it belongs to, for the form; empty when it may be
 * saved. Required only for red and yellow; the reason categories, possibility and length are checked whenever filled.
 */
export function validateDeviation(
  { light, reasons, explanation, possibility }: DeviationInput,
  settings: MonitoringSettings = DEFAULT_MONITORING_SETTINGS,
): DeviationProblem[] {
  const errors: DeviationProblem[] = [];
  const add = (field: DeviationField, message: string) => errors.push({ field, message });
  const explanationText = explanation?.trim() ?? '';
  if (needsDeviationExplanation(light)) {
    const why = `该指标当前为${LIGHT_LABELS[light]}`;
    if (reasons.length === 0) add('reasons', `偏差原因为必填项：${why}`);
    if (explanationText === '') add('explanation', `原因说明为必填项：${why}`);
    if (possibility === null || possibility.trim() === '') add('possibility', `完成目标可能性为必填项：${why}`);
  }
  for (const reason of reasons.filter((r) => !settings.deviationReasons.includes(r))) {
    add('reasons', `偏差原因“${reason}”不在可选范围内（${settings.deviationReasons.join('、')}）`);
  }
  if (new Set(reasons).size !== reasons.length) add('reasons', '偏差原因有重复');
  if (possibility !== null && possibility.trim() !== '' && !POSSIBILITIES.some((p) => p === possibility)) {
    add('possibility', `完成目标可能性“${possibility}”不在可选范围内（${POSSIBILITIES.join('、')}）`);
  }
  const length = charCount(explanationText);
  if (length > settings.noteMaxLength) {
    add('explanation', `原因说明不能超过${settings.noteMaxLength}字（当前${length}字）`);
  }
  return errors;
}
