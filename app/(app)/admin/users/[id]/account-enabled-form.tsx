'use client';

import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../../../use-form-action';
import { setUserEnabledAction } from '../actions';

/** 停用账户 / 启用账户, with what it does; the administrator's own account cannot be disabled here. */
export function AccountEnabledForm({ userId, disabled, isSelf }: { userId: number; disabled: boolean; isSelf: boolean }) {
  const { state, pending, onSubmit } = useFormAction(setUserEnabledAction);
  const confirmFirst = (event: FormEvent<HTMLFormElement>) => {
    if (disabled || window.confirm('停用该账户？其所有登录将立即退出，访问令牌全部吊销。')) onSubmit(event);
    else event.preventDefault();
  };
  return (
    <form onSubmit={confirmFirst} aria-label={disabled ? '启用账户' : '停用账户'} className="flex flex-col gap-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="enabled" value={disabled ? '1' : '0'} />
      <p className="text-sm text-slate-600">
        {disabled
          ? '该账户已停用：不能登录，也不能使用访问令牌。启用后可用原密码登录（原有的登录和令牌不会恢复）。'
          : isSelf
            ? '不能停用自己的账户。'
            : '停用后，该用户的所有登录立即退出，访问令牌全部吊销，直到重新启用前不能登录。'}
      </p>
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant={disabled ? 'secondary' : 'danger'} disabled={pending || (!disabled && isSelf)}>
          {disabled ? '启用账户' : '停用账户'}
        </Button>
      </div>
    </form>
  );
}
