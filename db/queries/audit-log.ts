import { and, asc, count, desc, eq, gte, isNotNull, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, type AuditRecord } from '../schema';

export interface AuditFilter {
  username?: string;
  action?: string;
  entity?: string;
  /** UTC ISO bounds: `since` included, `until` excluded. */
  since?: string | null;
  until?: string | null;
}

function whereOf(filter: AuditFilter): SQL | undefined {
  const conditions = [
    filter.username ? eq(auditLog.username, filter.username) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.entity ? eq(auditLog.entity, filter.entity) : undefined,
    filter.since ? gte(auditLog.at, filter.since) : undefined,
    filter.until ? lt(auditLog.at, filter.until) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return conditions.length > 0 ? and(...conditions) : undefined;
}

export function countAuditRecords(db: Db, filter: AuditFilter): number {
  return db.select({ n: count() }).from(auditLog).where(whereOf(filter)).get()!.n;
}

/** Matching records, newest first. */
export function listAuditRecords(db: Db, filter: AuditFilter, page: { limit: number; offset: number }): AuditRecord[] {
  return db.select().from(auditLog).where(whereOf(filter)).orderBy(desc(auditLog.id)).limit(page.limit).offset(page.offset).all();
}

/** The values the filters can take: who appears in the log, and which actions and entities. */
export function listAuditFacets(db: Db): { usernames: string[]; actions: string[]; entities: string[] } {
  const distinct = <T extends typeof auditLog.username | typeof auditLog.action | typeof auditLog.entity>(column: T) =>
    db.selectDistinct({ value: column }).from(auditLog).where(isNotNull(column)).orderBy(asc(column)).all().map((r) => String(r.value));
  return { usernames: distinct(auditLog.username), actions: distinct(auditLog.action), entities: distinct(auditLog.entity) };
}
