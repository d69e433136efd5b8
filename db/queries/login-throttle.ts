import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { loginThrottle, users, type LoginThrottleRow } from '../schema';

export function readCounters(db: DbOrTx, keys: string[]): Map<string, LoginThrottleRow> {
  const rows = keys.length === 0 ? [] : db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys)).all();
  return new Map(rows.map((r) => [r.key, r]));
}

export function saveCounter(db: DbOrTx, row: LoginThrottleRow): void {
  const { key, ...rest } = row;
  db.insert(loginThrottle).values(row).onConflictDoUpdate({ target: loginThrottle.key, set: rest }).run();
}

export function deleteCounters(db: DbOrTx, keys: string[]): number {
  return keys.length === 0 ? 0 : db.delete(loginThrottle).where(inArray(loginThrottle.key, keys)).run().changes;
}

/** The counters naming a username (its pairs with each network, and its account counter). */
export function listCountersOfUsername(db: DbOrTx, username: string): LoginThrottleRow[] {
  return db.select().from(loginThrottle).where(eq(loginThrottle.username, username)).all();
}

/** Every counter that names an existing account (for the user pages), without the ones of unknown usernames. */
export function listCountersOfAccounts(db: DbOrTx): LoginThrottleRow[] {
  return db
    .select()
    .from(loginThrottle)
    .where(sql`${loginThrottle.username} in (select lower(${users.username}) from ${users})`)
    .all();
}

/** Forgets counters whose window began before `windowCutoff` and that hold no lock at `now`. */
export function pruneCounters(db: DbOrTx, windowCutoff: string, now: string): void {
  db.delete(loginThrottle)
    .where(and(lt(loginThrottle.windowStartedAt, windowCutoff), or(isNull(loginThrottle.lockedUntil), lt(loginThrottle.lockedUntil, now))))
    .run();
}
