import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { users, type User } from '@/db/schema';
import { PASSWORD_CHANGE_REASON_LABELS } from '@/lib/auth/password-change';
import { findUserById } from '@/db/queries/users';
import { CLI_ORIGIN } from '../audit/cli-origin';
import { recordAudit, type AuditActor } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { hashPassword } from '../auth/password';
import { forgetCountersOfUsername } from '../auth/sign-in-throttle';
import { NotFoundError } from '../errors';
import { endCredentials } from './end-credentials';
import { assertAdmin } from './require-admin';
import { assertPasswordPolicy, parseInput, passwordSchema } from './user-input';

/**
 * 重置密码, by an administrator (`by`) or from the command line (null). The new password is a one-time password: the
 * user must change it at their next sign-in. Every session of the user ends, their API tokens are revoked, and a
 * lockout is lifted. The audit notes the reset, never the password.
 */
export function resetAccountPassword(db: Db, user: User, password: string, by: AuditActor | null, now = new Date()): void {
  const passwordHash = hashPassword(password);
  const at = now.toISOString();
  db.transaction((tx) => {
    tx.update(users).set({ passwordHash, passwordChangedAt: at, mustChangePassword: 'reset' }).where(eq(users.id, user.id)).run();
    const ended = endCredentials(tx, user.id, 'password_reset', at);
    const unlocked = forgetCountersOfUsername(tx, user.username).some((c) => c.lockedUntil && c.lockedUntil > at);
    recordAudit(tx, {
      actor: by,
      origin: by ? undefined : CLI_ORIGIN,
      action: 'user.password_reset',
      entity: 'user',
      entityId: user.id,
      before: { username: user.username },
      after: { username: user.username, passwordReset: true, mustChangePassword: PASSWORD_CHANGE_REASON_LABELS.reset, ...ended, unlocked },
    });
  });
}

/** The user page's 重置密码: the administrator chooses the one-time password, within the policy. */
export function resetPassword(db: Db, actor: Actor, userId: number, body: unknown, now = new Date()): void {
  assertAdmin(actor);
  const { password } = parseInput(z.object({ password: passwordSchema }), body);
  const user = findUserById(db, userId);
  if (!user) throw new NotFoundError('用户不存在');
  assertPasswordPolicy(password, user.username);
  resetAccountPassword(db, user, password, actor, now);
}
