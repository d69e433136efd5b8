'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { unstable_update } from '@/server/auth/auth';
import { changePassword } from '@/server/users/change-password';
import type { FormState } from '../form-state';
import { runForm } from '../run-form';

/**
 * Session → changePassword (which checks the current password and the policy) for the signed-in user, allowed even
 * while a change is due. The session cookie is re-issued for the new server-side session; a user who had to change
 * their password goes on to the home page.
 */
export async function changePasswordAction(_prev: FormState, data: FormData): Promise<FormState> {
  let wasDue = false;
  const state = await runForm(
    'changePasswordAction',
    async (actor) => {
      wasDue = Boolean(actor.passwordChange);
      const field = (name: string) => String(data.get(name) ?? '');
      const { sessionId } = changePassword(getDb(), actor, { current: field('current'), next: field('next'), confirm: field('confirm') });
      if (sessionId) await unstable_update({ sid: sessionId });
      return '密码已修改。您在其他设备上的登录已退出，您的访问令牌已全部吊销。';
    },
    { duringPasswordChange: true },
  );
  if (state.ok && wasDue) redirect('/');
  return state;
}
