import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { endSession } from '@/db/queries/sessions';
import { findUserById } from '@/db/queries/users';
import { users } from '@/db/schema';
import { PASSWORD_CHANGE_REASON_LABELS } from '@/lib/auth/password-change';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { hashPassword, verifyPassword } from '../auth/password';
import { startSession } from '../auth/sessions';
import { countPasswordFailure, LOCKED_MESSAGE } from '../auth/sign-in';
import { activeLock } from '../auth/sign-in-throttle';
import { UnauthorizedError, ValidationError } from '../errors';
import { endCredentials } from './end-credentials';
import { assertPasswordPolicy, parseInput, passwordSchema } from './user-input';

const changeSchema = z.object({
  current: z.string().min(1, '请输入当前密码').max(256, '密码过长'),
  next: passwordSchema,
  confirm: z.string().max(256, '密码过长'),
});

const refuse = (field: string, message: string) => new ValidationError(message, { [field]: [message] });

/**
 * 修改密码 by the signed-in user. A wrong current password counts like a failed sign-in from the same address (so the
 * form cannot be used to guess it). On success every other session of the user ends and their API tokens are
 * revoked; the current session is replaced by a new one, whose id is returned for the cookie to be re-issued with.
 * The audit records that the password changed, never a password or hash.
 */
export function changePassword(db: Db, actor: Actor, body: unknown, now = new Date()): { sessionId: string | null } {
  const user = findUserById(db, actor.id);
  if (!user) throw new UnauthorizedError();
  const input = parseInput(changeSchema, body);
  const subject = { username: user.username, ip: actor.origin?.ip ?? null };
  if (activeLock(db, subject, user.id, now)) throw refuse('current', LOCKED_MESSAGE);
  if (!verifyPassword(input.current, user.passwordHash)) {
    const locked = db.transaction((tx) => countPasswordFailure(tx, subject, user, 'password.change_failed', '当前密码错误', now));
    throw refuse('current', locked ? LOCKED_MESSAGE : '当前密码不正确');
  }
  assertPasswordPolicy(input.next, user.username, 'next');
  if (input.next !== input.confirm) throw refuse('confirm', '两次输入的新密码不一致');
  if (input.next === input.current) throw refuse('next', '新密码不能与当前密码相同');
  const passwordHash = hashPassword(input.next);
  const at = now.toISOString();
  return db.transaction((tx) => {
    tx.update(users).set({ passwordHash, passwordChangedAt: at, mustChangePassword: null }).where(eq(users.id, user.id)).run();
    const ended = endCredentials(tx, user.id, 'password_change', at, actor.sessionId);
    let sessionId: string | null = null;
    if (actor.sessionId) {
      endSession(tx, actor.sessionId, 'rotated', at);
      sessionId = startSession(tx, user.id, actor.origin?.ip ?? null, now, actor.sessionId);
    }
    recordAudit(tx, {
      actor,
      action: 'password.change',
      entity: 'user',
      entityId: user.id,
      before: { username: user.username, mustChangePassword: user.mustChangePassword && PASSWORD_CHANGE_REASON_LABELS[user.mustChangePassword] },
      after: { username: user.username, mustChangePassword: null, passwordChanged: true, ...ended },
    });
    return { sessionId };
  });
}
