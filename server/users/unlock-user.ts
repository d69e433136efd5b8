import type { Db } from '@/db';
import { findUserById } from '@/db/queries/users';
import type { LoginThrottleRow, User } from '@/db/schema';
import { THROTTLE_SCOPE_LABELS } from '@/lib/auth/sign-in-throttle';
import { formatTimestamp } from '@/lib/format/timestamp';
import { CLI_ORIGIN } from '../audit/cli-origin';
import { recordAudit, type AuditActor } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { forgetCountersOfUsername } from '../auth/sign-in-throttle';
import { NotFoundError } from '../errors';
import { assertAdmin } from './require-admin';

/** A counter as the audit log shows it: `该用户名在该地址 203.0.113.7：输错 5 次，锁定至 2024-05-01 16:15:00`. */
function describeCounter(counter: LoginThrottleRow): string {
  const where = counter.network ? ` ${counter.network}` : '';
  const lock = counter.lockedUntil ? `，锁定至 ${formatTimestamp(counter.lockedUntil)}` : '';
  return `${THROTTLE_SCOPE_LABELS[counter.scope]}${where}：输错 ${counter.failures} 次${lock}`;
}

/**
 * 解除锁定, by an administrator (`by`) or from the command line (null): forgets the account's failed sign-ins from
 * every address (and the ceilings of the addresses it was locked from). Returns false when there was nothing to forget.
 */
export function unlockAccount(db: Db, user: User, by: AuditActor | null): boolean {
  return db.transaction((tx) => {
    const forgotten = forgetCountersOfUsername(tx, user.username);
    if (forgotten.length === 0) return false;
    recordAudit(tx, {
      actor: by,
      origin: by ? undefined : CLI_ORIGIN,
      action: 'user.unlock',
      entity: 'user',
      entityId: user.id,
      before: { username: user.username, failedSignIns: forgotten.map(describeCounter) },
      after: { username: user.username, failedSignIns: [] },
    });
    return true;
  });
}

export function unlockUser(db: Db, actor: Actor, userId: number): boolean {
  assertAdmin(actor);
  const user = findUserById(db, userId);
  if (!user) throw new NotFoundError('用户不存在');
  return unlockAccount(db, user, actor);
}
