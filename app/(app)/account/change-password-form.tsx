'use client';

import { PASSWORD_POLICY_HINT } from '@/lib/auth/password-policy';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../use-form-action';
import { changePasswordAction } from './actions';

export function ChangePasswordForm() {
  const { state, pending, ready, ref, onSubmit } = useFormAction(changePasswordAction, { resetOnSuccess: true });
  const errors = state.fieldErrors;
  return (
    <form ref={ref} method="post" onSubmit={onSubmit} aria-label="修改密码" className="flex flex-col gap-3">
      <fieldset disabled={pending} className="flex flex-col gap-3">
        <Field label="当前密码" htmlFor="current-password" errors={errors.current}>
          <input id="current-password" name="current" type="password" autoComplete="current-password" required className={inputClass} />
        </Field>
        <Field label="新密码" htmlFor="new-password" errors={errors.next} hint={PASSWORD_POLICY_HINT}>
          <input id="new-password" name="next" type="password" autoComplete="new-password" required className={inputClass} />
        </Field>
        <Field label="确认新密码" htmlFor="confirm-password" errors={errors.confirm}>
          <input id="confirm-password" name="confirm" type="password" autoComplete="new-password" required className={inputClass} />
        </Field>
      </fieldset>
      <FormMessage state={state} />
      <div>
        <Button type="submit" disabled={pending || !ready}>
          {pending ? '保存中…' : '修改密码'}
        </Button>
      </div>
    </form>
  );
}
