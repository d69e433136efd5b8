'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { updateSettingsFromForm } from '@/server/settings/update-monitoring-settings';
import type { FormState } from '../../form-state';
import { runForm } from '../../run-form';

/** Session → updateSettingsFromForm (admin only, checked before any field is read; every value validated) → revalidate. */
export async function updateSettingsAction(_prev: FormState, data: FormData): Promise<FormState> {
  return runForm('updateSettingsAction', (actor) => {
    const fields = Object.fromEntries([...data.entries()].filter(([, v]) => typeof v === 'string')) as Record<string, string>;
    updateSettingsFromForm(getDb(), actor, fields);
    revalidatePath('/', 'layout');
    return '设置已保存，灯号与填报即按新规则判断';
  });
}
