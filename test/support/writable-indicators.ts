/** Demo indicators an owner may log values for, and entry bodies that are accepted whatever the light. */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { indicators, projectOwners, users } from '@/db/schema';

/** Ids of the quantitative indicators of the projects `username` owns, in project and seq order. */
export function quantitativeIndicatorIdsOf(db: Db, username: string): number[] {
  return db
    .select({ id: indicators.id })
    .from(indicators)
    .innerJoin(projectOwners, eq(projectOwners.projectId, indicators.projectId))
    .innerJoin(users, eq(users.id, projectOwners.userId))
    .where(and(eq(users.username, username), eq(indicators.targetKind, 'quantitative')))
    .orderBy(asc(indicators.projectId), asc(indicators.seq))
    .all()
    .map((r) => r.id);
}

/**
 * A value with the deviation fields filled in and confirmed, so that neither a red or yellow light nor a plausibility
 * warning (a value far above the target, a fraction of a count) needs anything more.
 */
export function entryBody(value: number, note: string) {
  return { value, reasons: ['其他'], explanation: '测试填报', possibility: '有可能', note, confirm: true };
}
