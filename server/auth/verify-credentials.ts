import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { users, type User } from '@/db/schema';
import { recordAudit } from '../audit/record-audit';
import { verifyPassword } from './password';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export type LoginResult = { ok: true; user: User } | { ok: false; reason: 'invalid' | 'locked' };

export function isLocked(user: Pick<User, 'lockedUntil'>, now = new Date()): boolean {
  return Boolean(user.lockedUntil && new Date(user.lockedUntil) > now);
}

/**
 * Counts a wrong password against the account (a login, or the current password when changing it), locking it for
 * LOCKOUT_MINUTES after MAX_FAILED_LOGINS; audited as `action`, or `login.lockout` when it locks. Returns whether it locked.
 */
export function countFailedPassword(db: Db, user: User, action: string, now = new Date()): boolean {
  const failedLogins = user.failedLogins + 1;
  const lockedUntil =
    failedLogins >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() : null;
  db.transaction((tx) => {
    tx.update(users)
      .set({ failedLogins: lockedUntil ? 0 : failedLogins, lockedUntil })
      .where(eq(users.id, user.id))
      .run();
    recordAudit(tx, { actor: user, action: lockedUntil ? 'login.lockout' : action, entity: 'user', entityId: user.id });
  });
  return lockedUntil !== null;
}

/** Checks a username and password, counting failures and locking the account after too many. */
export function verifyCredentials(db: Db, username: string, password: string, now = new Date()): LoginResult {
  const user = db.select().from(users).where(eq(users.username, username)).get();
  if (!user) {
    recordAudit(db, { actor: null, action: 'login.failed', entity: 'user', entityId: null, after: { username } });
    return { ok: false, reason: 'invalid' };
  }
  if (isLocked(user, now)) {
    recordAudit(db, { actor: user, action: 'login.locked', entity: 'user', entityId: user.id });
    return { ok: false, reason: 'locked' };
  }
  if (!verifyPassword(password, user.passwordHash)) {
    return { ok: false, reason: countFailedPassword(db, user, 'login.failed', now) ? 'locked' : 'invalid' };
  }
  db.transaction((tx) => {
    tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id)).run();
    recordAudit(tx, { actor: user, action: 'login', entity: 'user', entityId: user.id });
  });
  return { ok: true, user };
}
