'use client';

import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS } from '@/lib/auth/token-state';
import type { TokenOwnerOption } from '@/server/users/manage-tokens';
import { useFormAction } from '../../../use-form-action';
import { createTokenAction } from './actions';

/** 新建令牌: for whom, a name saying what uses it, how many days it lasts; then the secret, once. */
export function CreateTokenForm({ owners }: { owners: TokenOwnerOption[] }) {
  const { state, pending, ref, onSubmit } = useFormAction(createTokenAction, { resetOnSuccess: true });
  const errors = state.fieldErrors;
  return (
    <form ref={ref} onSubmit={onSubmit} aria-label="新建令牌" className="flex flex-col gap-3">
      <fieldset disabled={pending} className="grid gap-3 md:grid-cols-3">
        <Field label="用户" htmlFor="token-user" errors={errors.userId} hint="令牌以该用户的身份和权限访问接口">
          <select id="token-user" name="userId" required defaultValue="" className={inputClass}>
            <option value="" disabled>
              请选择
            </option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.displayName}（{o.username}）
              </option>
            ))}
          </select>
        </Field>
        <Field label="名称" htmlFor="token-name" errors={errors.name} hint="用途，如“数据大屏”，记入审计日志">
          <input id="token-name" name="name" required maxLength={50} autoComplete="off" className={inputClass} />
        </Field>
        <Field label="有效期（天）" htmlFor="token-days" errors={errors.days} hint={`1–${MAX_TOKEN_DAYS} 天，到期自动失效`}>
          <input id="token-days" name="days" inputMode="numeric" defaultValue={DEFAULT_TOKEN_DAYS} required className={inputClass} />
        </Field>
      </fieldset>
      <FormMessage state={state} />
      {state.secret && (
        <input
          readOnly
          aria-label="新令牌的密钥"
          value={state.secret}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded border border-green-300 bg-green-50 px-3 py-2 font-mono text-sm text-green-900"
        />
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? '创建中…' : '新建令牌'}
        </Button>
      </div>
    </form>
  );
}
