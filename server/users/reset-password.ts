import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { users } from '@/db/schema';
import { findUserById } from '@/db/queries/users';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { hashPassword } from '../auth/password';
import { NotFoundError } from '../errors';
import { assertAdmin } from './require-admin';
import { assertPasswordPolicy, parseInput, passwordSchema } from './user-input';

/** 重置密码 by the administrator; it also lifts a lockout. The audit notes the reset, never the password. */
export function resetPassword(db: Db, actor: Actor, userId: number, body: unknown): void {
  assertAdmin(actor);
  const { password } = parseInput(z.object({ password: passwordSchema }), body);
  const user = findUserById(db, userId);
  if (!user) throw new NotFoundError('用户不存在');
  assertPasswordPolicy(password, user.username);
  const passwordHash = hashPassword(password);
  db.transaction((tx) => {
    tx.update(users).set({ passwordHash, failedLogins: 0, lockedUntil: null, sessionsValidAfter: new Date().toISOString() }).where(eq(users.id, user.id)).run();
    recordAudit(tx, {
      actor,
      action: 'user.password_reset',
      entity: 'user',
      entityId: user.id,
      before: { username: user.username, failedLogins: user.failedLogins, lockedUntil: user.lockedUntil },
      after: { username: user.username, failedLogins: 0, lockedUntil: null, passwordReset: true },
    });
  });
}
