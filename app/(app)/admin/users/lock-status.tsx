import type { UserRow } from '@/db/queries/users';
import { formatTimestamp } from '@/lib/format/timestamp';
import { isLocked } from '@/server/auth/verify-credentials';

/** 正常, 已锁定 until when, or how many wrong passwords so far. */
export function LockStatus({ user }: { user: Pick<UserRow, 'lockedUntil' | 'failedLogins'> }) {
  if (user.lockedUntil && isLocked(user)) {
    return <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-800">已锁定至 {formatTimestamp(user.lockedUntil).slice(11, 16)}</span>;
  }
  if (user.failedLogins > 0) return <span className="text-xs text-amber-700">正常（连续输错密码 {user.failedLogins} 次）</span>;
  return <span className="text-xs text-slate-500">正常</span>;
}
