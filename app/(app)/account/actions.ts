'use server';

import { getDb } from '@/db';
import { changePassword } from '@/server/users/change-password';
import type { FormState } from '../form-state';
import { runForm } from '../run-form';

/** Session → changePassword (which checks the current password and the policy) for the signed-in user. */
export async function changePasswordAction(_prev: FormState, data: FormData): Promise<FormState> {
  return runForm('changePasswordAction', (actor) => {
    const field = (name: string) => String(data.get(name) ?? '');
    changePassword(getDb(), actor, { current: field('current'), next: field('next'), confirm: field('confirm') });
    return '密码已修改，下次登录请使用新密码';
  });
}
