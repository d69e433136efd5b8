import { PASSWORD_CHANGE_REASON_LABELS } from '@/lib/auth/password-change';
import { THROTTLE_WINDOW_MINUTES } from '@/lib/auth/sign-in-throttle';
import { formatTimestamp } from '@/lib/format/timestamp';
import type { AccountRow } from '@/server/users/list-users';

const BADGE = 'rounded px-1.5 py-0.5 text-xs';

/** 已停用, 已锁定 (until when, from how many addresses), 须修改密码, or 正常 with recent wrong passwords. */
export function AccountStatus({ user }: { user: Pick<AccountRow, 'disabledAt' | 'lock' | 'passwordChange'> }) {
  const { lock } = user;
  const badges: React.ReactNode[] = [];
  if (user.disabledAt) badges.push(<span key="disabled" className={`${BADGE} bg-slate-200 text-slate-700`}>已停用</span>);
  if (lock.lockedUntil) {
    const where = lock.lockedFrom.includes('account') ? '陌生地址' : `${lock.lockedFrom.length} 个地址`;
    badges.push(
      <span key="locked" className={`${BADGE} bg-red-100 text-red-800`}>
        已锁定（{where}，至 {formatTimestamp(lock.lockedUntil).slice(11, 16)}）
      </span>,
    );
  }
  if (user.passwordChange) {
    badges.push(
      <span key="change" className={`${BADGE} bg-amber-100 text-amber-900`}>
        须修改密码（{PASSWORD_CHANGE_REASON_LABELS[user.passwordChange]}）
      </span>,
    );
  }
  if (badges.length > 0) return <span className="flex flex-wrap gap-1">{badges}</span>;
  if (lock.recentFailures > 0) return <span className="text-xs text-amber-700">正常（近 {THROTTLE_WINDOW_MINUTES} 分钟输错密码 {lock.recentFailures} 次）</span>;
  return <span className="text-xs text-slate-500">正常</span>;
}
