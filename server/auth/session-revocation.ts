import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { revokedSessions, type User } from '@/db/schema';

/** What a session cookie says about itself: its id and when its user signed in. */
export interface SessionStamp {
  sid: string;
  signedInAt: string;
}

/** A session counts while it is not revoked (退出) and began after its user's last password reset. */
export function isSessionValid(db: Db, user: User, stamp: SessionStamp): boolean {
  if (!stamp.sid || !stamp.signedInAt) return false;
  if (user.sessionsValidAfter && stamp.signedInAt < user.sessionsValidAfter) return false;
  return !db.select({ sid: revokedSessions.sid }).from(revokedSessions).where(eq(revokedSessions.sid, stamp.sid)).get();
}

export function revokeSession(db: Pick<Db, 'insert'>, userId: number, sid: string): void {
  db.insert(revokedSessions).values({ sid, userId, revokedAt: new Date().toISOString() }).onConflictDoNothing().run();
}
