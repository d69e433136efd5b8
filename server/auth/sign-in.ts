import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db';
import { users, type User } from '@/db/schema';
import { LOCKOUT_MINUTES, THROTTLE_SCOPE_LABELS } from '@/lib/auth/sign-in-throttle';
import { recordAudit, type AuditActor, type RequestOrigin } from '../audit/record-audit';
import { USERNAME_PATTERN } from '../users/user-input';
import { unknownUserHash, verifyPassword } from './password';
import { startSession } from './sessions';
import { activeLock, clearPairCounter, countSignInFailure, type SignInSubject } from './sign-in-throttle';

/** How much of a typed username the audit log keeps. */
export const MAX_USERNAME_LENGTH = 64;
export const MAX_PASSWORD_LENGTH = 256;
/** What the login page says for a lockout, whichever counter locked (it tells nothing about the account). */
export const LOCKED_MESSAGE = `登录失败次数过多，请 ${LOCKOUT_MINUTES} 分钟后再试，或请系统管理员解除锁定`;

export type SignInResult = { ok: true; user: User; sessionId: string } | { ok: false; reason: 'invalid' | 'locked' };

const sessionOrigin = (ip: string | null): RequestOrigin => ({ channel: 'session', ip });
const auditActor = (user: User | undefined, ip: string | null): AuditActor | null =>
  user ? { id: user.id, username: user.username, origin: sessionOrigin(ip) } : null;

/**
 * Counts a wrong password (at sign-in, or the current password when changing it) on the sign-in counters and audits
 * it as `action` — with the username as typed, never the password — and any lockout it caused. Returns whether it locked.
 */
export function countPasswordFailure(db: DbOrTx, subject: SignInSubject, user: User | undefined, action: string, reason: string, now: Date): boolean {
  const username = subject.username.slice(0, MAX_USERNAME_LENGTH);
  const actor = auditActor(user, subject.ip);
  const base = { actor, origin: sessionOrigin(subject.ip), entity: 'user', entityId: user?.id ?? null };
  const locked = countSignInFailure(db, subject, now);
  recordAudit(db, { ...base, action, after: { username, reason } });
  for (const counter of locked) {
    recordAudit(db, { ...base, action: 'login.lockout', after: { username, scope: THROTTLE_SCOPE_LABELS[counter.scope], lockedUntil: counter.lockedUntil } });
  }
  return locked.length > 0;
}

/**
 * 登录 with a username and password. An unknown username is checked against a dummy hash and a disabled account like
 * any other, so that neither the answer nor its time tells them apart from a wrong password; a locked attempt is refused
 * before any check. A success starts a server-side session, whose id the session cookie will carry.
 */
export function signInWithPassword(db: Db, attempt: { username: unknown; password: unknown; ip: string | null }, now = new Date()): SignInResult {
  const username = typeof attempt.username === 'string' ? attempt.username.trim() : '';
  const password = typeof attempt.password === 'string' ? attempt.password : '';
  const subject = { username, ip: attempt.ip };
  const wellFormed = USERNAME_PATTERN.test(username) && password.length > 0 && password.length <= MAX_PASSWORD_LENGTH;
  const user = wellFormed ? db.select().from(users).where(eq(users.username, username)).get() : undefined;

  const lock = activeLock(db, subject, user?.id ?? null, now);
  if (lock) {
    recordAudit(db, {
      actor: auditActor(user, attempt.ip),
      origin: sessionOrigin(attempt.ip),
      action: 'login.locked',
      entity: 'user',
      entityId: user?.id ?? null,
      after: { username: username.slice(0, MAX_USERNAME_LENGTH), scope: THROTTLE_SCOPE_LABELS[lock] },
    });
    return { ok: false, reason: 'locked' };
  }

  const matches = wellFormed && verifyPassword(password, user?.passwordHash ?? unknownUserHash());
  if (!user || !matches || user.disabledAt) {
    const reason = !wellFormed ? '输入格式无效' : !user ? '用户名不存在' : !matches ? '密码错误' : '账户已停用';
    const locked = db.transaction((tx) => countPasswordFailure(tx, subject, user, 'login.failed', reason, now));
    return { ok: false, reason: locked ? 'locked' : 'invalid' };
  }
  return db.transaction((tx) => {
    clearPairCounter(tx, subject);
    const sessionId = startSession(tx, user.id, attempt.ip, now);
    recordAudit(tx, { actor: auditActor(user, attempt.ip), action: 'login', entity: 'user', entityId: user.id });
    return { ok: true, user, sessionId };
  });
}
