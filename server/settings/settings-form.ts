import { readTypedNumber } from '@/lib/forms/typed-number';
import { ValidationError } from '../errors';

/** The fields of the 设置 page's form, as typed. */
export type SettingsFormFields = Record<string, string>;

const MAX_REASONS_TEXT = 2000;

/** Reads the settings form into the override parseMonitoringSettings checks; a field that is not a number is refused. */
export function settingsOverrideFromForm(fields: SettingsFormFields): unknown {
  const n = (name: string) => {
    const read = readTypedNumber(fields[name] ?? '');
    if (!read.ok) throw new ValidationError(`“${name}”：${read.message}`, { [name]: [read.message] });
    return read.value;
  };
  const reasonsText = fields.deviationReasons ?? '';
  if (reasonsText.length > MAX_REASONS_TEXT) throw new ValidationError(`偏差原因类别过长（不超过 ${MAX_REASONS_TEXT} 字）`);
  return {
    lightThresholds: { red: n('lightRed'), yellow: n('lightYellow'), green: n('lightGreen') },
    budgetThresholds: { red: n('budgetRed'), yellow: n('budgetYellow') },
    deviationReasons: reasonsText.split(/[\n、,，;；]/).map((r) => r.trim()).filter(Boolean),
    officialRoundMonth: n('officialRoundMonth'),
    leaderApprovesTargetChanges: fields.leaderApprovesTargetChanges === 'on',
    scoring: {
      weights: { budget: n('weightBudget'), output: n('weightOutput'), benefit: n('weightBenefit'), satisfaction: n('weightSatisfaction') },
      reverseScoring: (fields.reverseScoring ?? '').slice(0, 20),
      grades: { 优: n('grade优'), 良: n('grade良'), 中: n('grade中') },
    },
  };
}
