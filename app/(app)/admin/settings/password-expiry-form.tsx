'use client';

import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { PASSWORD_MAX_AGE_RANGE, type PasswordExpiry } from '@/lib/auth/password-change';
import { useFormAction } from '../../use-form-action';
import { updatePasswordExpiryAction } from './actions';

/** 密码有效期: after so many days every user is asked to set a new password at their next visit. */
export function PasswordExpiryForm({ expiry }: { expiry: PasswordExpiry }) {
  const { state, pending, onSubmit } = useFormAction(updatePasswordExpiryAction);
  return (
    <form onSubmit={onSubmit} aria-label="密码有效期" className="flex flex-col gap-3">
      <Field
        label="密码有效期（天）"
        htmlFor="passwordMaxAgeDays"
        errors={state.fieldErrors.passwordMaxAgeDays}
        hint={`${PASSWORD_MAX_AGE_RANGE.min}–${PASSWORD_MAX_AGE_RANGE.max} 天；留空表示不限。到期的用户下次访问时须先修改密码（等保要求定期更换，常用 90 天）`}
      >
        <input id="passwordMaxAgeDays" name="passwordMaxAgeDays" inputMode="numeric" defaultValue={expiry.passwordMaxAgeDays ?? ''} disabled={pending} className={`${inputClass} w-28`} />
      </Field>
      <FormMessage state={state} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? '保存中…' : '保存密码有效期'}
        </Button>
      </div>
    </form>
  );
}
