import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { users } from '@/db/schema';
import { findUserById } from '@/db/queries/users';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../errors';
import { assertAdmin } from './require-admin';

/** 解除锁定: clears the lockout and the failed-login count. Returns false when there was nothing to clear. */
export function unlockUser(db: Db, actor: Actor, userId: number): boolean {
  assertAdmin(actor);
  const user = findUserById(db, userId);
  if (!user) throw new NotFoundError('用户不存在');
  if (!user.lockedUntil && user.failedLogins === 0) return false;
  db.transaction((tx) => {
    tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id)).run();
    recordAudit(tx, {
      actor,
      action: 'user.unlock',
      entity: 'user',
      entityId: user.id,
      before: { username: user.username, failedLogins: user.failedLogins, lockedUntil: user.lockedUntil },
      after: { username: user.username, failedLogins: 0, lockedUntil: null },
    });
  });
  return true;
}
