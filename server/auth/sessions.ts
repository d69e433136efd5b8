import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '@/db';
import { findUserById } from '@/db/queries/users';
import { endSession, findSession, findSuccessor, insertSession, touchSession } from '@/db/queries/sessions';
import type { Session, User } from '@/db/schema';

/** A session ends after this many minutes without a request (checked on the server, whatever the cookie says). */
export const SESSION_IDLE_MINUTES = Number(process.env.SESSION_IDLE_MINUTES || 30);
/** How often a session's last-seen time is written: often enough for the idle timeout, not on every request. */
const TOUCH_EVERY_MS = 60_000;
/** How long after a password change the browser that changed it may take up its new session (the cookie's re-issue). */
const ROTATION_GRACE_MS = 60_000;

const idleSince = (now: Date) => new Date(now.getTime() - SESSION_IDLE_MINUTES * 60_000).toISOString();

/** Starts a session for a user who just proved who they are; returns its id, which only the session cookie carries. */
export function startSession(db: DbOrTx, userId: number, ip: string | null, now = new Date(), replaces?: string): string {
  const id = randomBytes(32).toString('base64url');
  insertSession(db, { id, userId, ip, at: now.toISOString(), replaces });
  return id;
}

/**
 * The live session with this id and its user, or null: unknown, ended, idle for too long (it is ended then) or of a
 * disabled account. Its last-seen time moves on.
 */
export function resolveSession(db: DbOrTx, id: string | undefined, now = new Date()): { session: Session; user: User } | null {
  if (!id || id.length > 100) return null;
  const session = findSession(db, id);
  if (!session || session.endedAt) return null;
  if (session.lastSeenAt < idleSince(now)) {
    endSession(db, id, 'idle', now.toISOString());
    return null;
  }
  const user = findUserById(db, session.userId);
  if (!user || user.disabledAt) return null;
  if (now.getTime() - new Date(session.lastSeenAt).getTime() >= TOUCH_EVERY_MS) touchSession(db, id, now.toISOString());
  return { session, user };
}

/**
 * Whether the cookie of session `fromId` may be re-issued for `toId`: only when `toId` is the live session that took
 * over from it at a password change moments ago, for the same user. Nothing a client sends can make up such a pair,
 * so a client-side `update()` can neither extend an ended session nor revive one.
 */
export function isRotation(db: DbOrTx, fromId: string, toId: unknown, userId: number, now = new Date()): boolean {
  if (typeof toId !== 'string') return false;
  const from = findSession(db, fromId);
  const to = findSuccessor(db, fromId);
  if (!from || !to || to.id !== toId || to.endedAt || from.endReason !== 'rotated') return false;
  return to.userId === userId && from.userId === userId && now.getTime() - new Date(from.endedAt!).getTime() <= ROTATION_GRACE_MS;
}
