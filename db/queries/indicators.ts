import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { entries, indicators, users, type Entry, type Indicator } from '../schema';

export function listIndicatorsOfProjects(db: DbOrTx, projectIds: number[]): Indicator[] {
  if (projectIds.length === 0) return [];
  return db
    .select()
    .from(indicators)
    .where(inArray(indicators.projectId, projectIds))
    .orderBy(asc(indicators.projectId), asc(indicators.seq))
    .all();
}

export function findIndicator(db: DbOrTx, id: number): Indicator | undefined {
  return db.select().from(indicators).where(eq(indicators.id, id)).get();
}

/**
 * Current (not superseded) entries of the given indicators up to and including a month, by indicator and
 * then oldest first — the order of the entries_current index, so SQLite need not sort them.
 */
export function listCurrentEntries(db: DbOrTx, indicatorIds: number[], upTo: string): Entry[] {
  if (indicatorIds.length === 0) return [];
  return db
    .select()
    .from(entries)
    .where(and(inArray(entries.indicatorId, indicatorIds), isNull(entries.supersededAt), lte(entries.period, upTo)))
    .orderBy(asc(entries.indicatorId), asc(entries.period))
    .all();
}

export type EntryWithAuthor = Entry & { username: string; displayName: string };

/** Every entry of an indicator, replaced ones included, newest first. */
export function listEntryHistory(db: DbOrTx, indicatorIds: number[]): EntryWithAuthor[] {
  if (indicatorIds.length === 0) return [];
  return db
    .select({ entry: entries, username: users.username, displayName: users.displayName })
    .from(entries)
    .innerJoin(users, eq(entries.userId, users.id))
    .where(inArray(entries.indicatorId, indicatorIds))
    .orderBy(asc(entries.period), asc(entries.id))
    .all()
    .map((r) => ({ ...r.entry, username: r.username, displayName: r.displayName }));
}

export function findCurrentEntry(db: DbOrTx, indicatorId: number, period: string): Entry | undefined {
  return db
    .select()
    .from(entries)
    .where(and(eq(entries.indicatorId, indicatorId), eq(entries.period, period), isNull(entries.supersededAt)))
    .get();
}
