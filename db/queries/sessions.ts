import { and, desc, eq, gte, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { preparedOnce } from '../prepared';
import { sessions, type Session, type SessionEndReason } from '../schema';

export function insertSession(db: DbOrTx, row: { id: string; userId: number; ip: string | null; at: string; replaces?: string }): void {
  db.insert(sessions).values({ id: row.id, userId: row.userId, ip: row.ip, createdAt: row.at, lastSeenAt: row.at, replaces: row.replaces ?? null }).run();
}

const sessionById = preparedOnce((db) => db.select().from(sessions).where(eq(sessions.id, sql.placeholder('id'))).prepare());
const touch = preparedOnce((db) => db.update(sessions).set({ lastSeenAt: sql`${sql.placeholder('at')}` }).where(eq(sessions.id, sql.placeholder('id'))).prepare());

export function findSession(db: DbOrTx, id: string): Session | undefined {
  return sessionById(db).get({ id });
}

/** The session that took over from `id` when its user changed their password. */
export function findSuccessor(db: DbOrTx, id: string): Session | undefined {
  return db.select().from(sessions).where(eq(sessions.replaces, id)).get();
}

export function touchSession(db: DbOrTx, id: string, at: string): void {
  touch(db).run({ id, at });
}

/** Ends one live session; false when it had ended already. */
export function endSession(db: DbOrTx, id: string, reason: SessionEndReason, at: string): boolean {
  return db.update(sessions).set({ endedAt: at, endReason: reason }).where(and(eq(sessions.id, id), isNull(sessions.endedAt))).run().changes > 0;
}

/** Ends every live session of a user (but `except`); returns how many. */
export function endSessionsOfUser(db: DbOrTx, userId: number, reason: SessionEndReason, at: string, except?: string): number {
  const live = and(eq(sessions.userId, userId), isNull(sessions.endedAt), except ? ne(sessions.id, except) : undefined);
  return db.update(sessions).set({ endedAt: at, endReason: reason }).where(live).run().changes;
}

/** The addresses a user signed in from since `since`, newest first. */
export function listSignInAddresses(db: DbOrTx, userId: number, since: string): (string | null)[] {
  return db
    .select({ ip: sessions.ip })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gte(sessions.createdAt, since)))
    .orderBy(desc(sessions.createdAt))
    .limit(200)
    .all()
    .map((r) => r.ip);
}
