/**
 * What a project still lacks before it may be submitted in a round (DOMAIN.md §9): an entry for the round's month for
 * every indicator, the deviation fields of a red or yellow one, and the 执行数 of that month. Each item a sentence the
 * owner can act on.
 */
import { formatPeriod } from '../format/number';
import { validateDeviation, type DeviationInput } from '../monitoring/deviation';
import { LIGHT_LABELS } from '../monitoring/types';
import type { MonitoringSettings } from '../monitoring/settings';

export interface IndicatorForSubmission {
  name: string;
  /** The indicator's light as of the round's month. */
  light: DeviationInput['light'];
  /** Its entry for the round's month, or null when there is none. */
  entry: Pick<DeviationInput, 'reasons' | 'explanation' | 'possibility'> | null;
}

export function submissionMissing(period: string, indicators: IndicatorForSubmission[], hasExecution: boolean, settings: MonitoringSettings): string[] {
  const month = formatPeriod(period);
  const missing = indicators.flatMap(({ name, light, entry }) => {
    if (!entry) return [`「${name}」缺少${month}的填报`];
    const lacking = validateDeviation({ light, ...entry }, settings).filter((p) => p.message.includes('必填项'));
    if (lacking.length === 0) return [];
    const fields = lacking.map((p) => p.message.slice(0, p.message.indexOf('为必填项'))).join('、');
    return [`「${name}」为${LIGHT_LABELS[light]}，缺少${fields}`];
  });
  if (!hasExecution) missing.push(`缺少${month}的累计执行数`);
  return missing;
}
