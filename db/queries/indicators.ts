import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { entries, indicators, projects, users, type Entry, type Indicator } from '../schema';
import { projectsOf, type FigureScope } from './indicator-figures';

/** The indicators of a department–year (or one project), joined on it: no list of ids. */
export function listIndicatorsIn(db: DbOrTx, scope: FigureScope): Indicator[] {
  return db
    .select({ indicator: indicators })
    .from(indicators)
    .innerJoin(projects, eq(indicators.projectId, projects.id))
    .where(projectsOf(scope))
    .orderBy(asc(indicators.projectId), asc(indicators.seq))
    .all()
    .map((r) => r.indicator);
}

/** Current entries up to a month of a department–year's (or one project's) indicators, by indicator then oldest first. */
export function listCurrentEntriesIn(db: DbOrTx, scope: FigureScope, upTo: string): Entry[] {
  return db
    .select({ entry: entries })
    .from(entries)
    .innerJoin(indicators, eq(entries.indicatorId, indicators.id))
    .innerJoin(projects, eq(indicators.projectId, projects.id))
    .where(and(projectsOf(scope), isNull(entries.supersededAt), lte(entries.period, upTo)))
    .orderBy(asc(entries.indicatorId), asc(entries.period))
    .all()
    .map((r) => r.entry);
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
