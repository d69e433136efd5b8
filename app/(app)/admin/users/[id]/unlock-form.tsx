'use client';

import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { LOCKOUT_MINUTES, THROTTLE_LIMITS, type AccountLockSummary } from '@/lib/auth/sign-in-throttle';
import { useFormAction } from '../../../use-form-action';
import { unlockUserAction } from '../actions';

/** What the account's failed sign-ins amount to, and 解除锁定. */
export function UnlockForm({ userId, username, lock }: { userId: number; username: string; lock: AccountLockSummary }) {
  const { state, pending, onSubmit } = useFormAction(unlockUserAction);
  const addresses = lock.lockedFrom.filter((a) => a !== 'account');
  return (
    <form onSubmit={onSubmit} aria-label="解除锁定" className="flex flex-col gap-3">
      <input type="hidden" name="userId" value={userId} />
      <p className="text-sm text-slate-600">
        {lock.lockedUntil
          ? `已锁定${addresses.length > 0 ? `，来自 ${addresses.join('、')}` : ''}${lock.lockedFrom.includes('account') ? '（从未登录过的地址均已锁定）' : ''}。`
          : lock.recentFailures > 0
            ? `近期输错密码 ${lock.recentFailures} 次，尚未锁定。`
            : '没有登录失败记录。'}
      </p>
      <p className="text-xs text-slate-500">
        同一地址连续输错 {THROTTLE_LIMITS.pair} 次，该用户从该地址锁定 {LOCKOUT_MINUTES} 分钟，其他地址不受影响。也可在服务器上执行
        <code className="mx-1 rounded bg-slate-100 px-1">npm run -s user -- unlock {username}</code>
      </p>
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending || (!lock.lockedUntil && lock.recentFailures === 0)}>
          解除锁定
        </Button>
      </div>
    </form>
  );
}
