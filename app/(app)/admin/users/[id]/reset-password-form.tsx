'use client';

import { PASSWORD_POLICY_HINT } from '@/lib/auth/password-policy';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../../../use-form-action';
import { resetPasswordAction } from '../actions';

export function ResetPasswordForm({ userId }: { userId: number }) {
  const { state, pending, ready, ref, onSubmit } = useFormAction(resetPasswordAction, { resetOnSuccess: true });
  return (
    <form ref={ref} method="post" onSubmit={onSubmit} aria-label="重置密码" className="flex flex-col gap-3">
      <input type="hidden" name="userId" value={userId} />
      <Field label="新密码" htmlFor="reset-password" errors={state.fieldErrors.password} hint={`${PASSWORD_POLICY_HINT}。这是一次性密码：用户登录后须立即修改；其原有登录退出、访问令牌吊销、锁定解除`}>
        <input id="reset-password" name="password" type="password" autoComplete="new-password" required disabled={pending} className={inputClass} />
      </Field>
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending || !ready}>
          {pending ? '重置中…' : '重置密码'}
        </Button>
      </div>
    </form>
  );
}
