import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { users } from '@/db/schema';
import { findUserById } from '@/db/queries/users';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { hashPassword, verifyPassword } from '../auth/password';
import { countFailedPassword, isLocked, LOCKOUT_MINUTES } from '../auth/verify-credentials';
import { UnauthorizedError, ValidationError } from '../errors';
import { assertPasswordPolicy, parseInput, passwordSchema } from './user-input';

const changeSchema = z.object({
  current: z.string().min(1, '请输入当前密码').max(256, '密码过长'),
  next: passwordSchema,
  confirm: z.string().max(256, '密码过长'),
});

const LOCKED_MESSAGE = `当前密码错误次数过多，账户已锁定 ${LOCKOUT_MINUTES} 分钟`;

/**
 * 修改密码 by the signed-in user. A wrong current password counts like a failed login (so the form cannot be used to
 * guess it); the audit records that the password changed, never a password or hash.
 */
export function changePassword(db: Db, actor: Actor, body: unknown, now = new Date()): void {
  const user = findUserById(db, actor.id);
  if (!user) throw new UnauthorizedError();
  const input = parseInput(changeSchema, body);
  if (isLocked(user, now)) throw new ValidationError(LOCKED_MESSAGE, { current: [LOCKED_MESSAGE] });
  if (!verifyPassword(input.current, user.passwordHash)) {
    const message = countFailedPassword(db, user, 'password.change_failed', now) ? LOCKED_MESSAGE : '当前密码不正确';
    throw new ValidationError(message, { current: [message] });
  }
  assertPasswordPolicy(input.next, user.username, 'next');
  if (input.next !== input.confirm) throw new ValidationError('两次输入的新密码不一致', { confirm: ['两次输入的新密码不一致'] });
  if (input.next === input.current) throw new ValidationError('新密码不能与当前密码相同', { next: ['新密码不能与当前密码相同'] });
  const passwordHash = hashPassword(input.next);
  db.transaction((tx) => {
    tx.update(users).set({ passwordHash, failedLogins: 0 }).where(eq(users.id, user.id)).run();
    recordAudit(tx, {
      actor,
      action: 'password.change',
      entity: 'user',
      entityId: user.id,
      before: { username: user.username, failedLogins: user.failedLogins },
      after: { username: user.username, failedLogins: 0, passwordChanged: true },
    });
  });
}
