'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { requireActor } from '@/server/auth/actor';
import { parseTypedNumber } from '@/server/entries/entry-input';
import { updateMonitoringSettings } from '@/server/settings/update-monitoring-settings';
import type { FormState } from '../../form-state';
import { runForm } from '../../run-form';

/** Session → updateMonitoringSettings (admin only, checked inside; every value validated) → revalidate. */
export async function updateSettingsAction(_prev: FormState, data: FormData): Promise<FormState> {
  return runForm(async () => {
    const actor = await requireActor();
    const n = (name: string) => parseTypedNumber(data.get(name));
    const reasons = String(data.get('deviationReasons') ?? '')
      .split(/[\n、,，;；]+/)
      .map((r) => r.trim())
      .filter(Boolean);
    updateMonitoringSettings(getDb(), actor, {
      lightThresholds: { red: n('lightRed'), yellow: n('lightYellow'), green: n('lightGreen') },
      budgetThresholds: { red: n('budgetRed'), yellow: n('budgetYellow') },
      deviationReasons: reasons,
      officialRoundMonth: n('officialRoundMonth'),
      scoring: {
        weights: { budget: n('weightBudget'), output: n('weightOutput'), benefit: n('weightBenefit'), satisfaction: n('weightSatisfaction') },
        reverseScoring: String(data.get('reverseScoring') ?? ''),
        grades: { 优: n('grade优'), 良: n('grade良'), 中: n('grade中') },
      },
    });
    revalidatePath('/', 'layout');
    return '设置已保存，所有灯号与评分按新规则计算';
  });
}
