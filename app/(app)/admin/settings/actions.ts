'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { endDemoMode } from '@/server/settings/end-demo-mode';
import { updateSettingsFromForm } from '@/server/settings/update-monitoring-settings';
import { updatePasswordExpiry } from '@/server/settings/update-password-expiry';
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

/** 密码有效期: days, or empty for none. */
export async function updatePasswordExpiryAction(_prev: FormState, data: FormData): Promise<FormState> {
  return runForm('updatePasswordExpiryAction', (actor) => {
    const { expiry, changed } = updatePasswordExpiry(getDb(), actor, { passwordMaxAgeDays: data.get('passwordMaxAgeDays') });
    revalidatePath('/', 'layout');
    if (!changed) return '密码有效期没有变化';
    return expiry.passwordMaxAgeDays ? `已保存：密码使用超过 ${expiry.passwordMaxAgeDays} 天须修改` : '已保存：密码不设有效期';
  });
}

/** 关闭示例环境, for good (the form carries the confirmation). */
export async function endDemoModeAction(_prev: FormState, data: FormData): Promise<FormState> {
  return runForm('endDemoModeAction', (actor) => {
    const ended = endDemoMode(getDb(), actor, { confirm: data.get('confirm') });
    revalidatePath('/', 'layout');
    return ended ? '示例环境已关闭：登录页不再显示示例账户，仍使用示例密码的账户登录后须修改密码' : '示例环境此前已关闭';
  });
}
