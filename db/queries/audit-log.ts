import { and, asc, count, desc, eq, gte, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { auditLog, type AuditRecord } from '../schema';

export interface AuditFilter {
  username?: string;
  action?: string;
  entity?: string;
  /** UTC ISO bounds: `since` included, `until` excluded. */
  since?: string | null;
  until?: string | null;
  /** Records about the projects whose name contains this, or about their indicators. */
  project?: string;
}

/** A LIKE pattern matching `text` anywhere, its own `%` `_` `\` taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function aboutProject(name: string): SQL {
  const pattern = containing(name);
  return sql`((${auditLog.entity} = 'project' and ${auditLog.entityId} in (select cast(p.id as text) from projects p where p.name like ${pattern} escape '\\'))
    or (${auditLog.entity} = 'indicator' and ${auditLog.entityId} in
      (select cast(i.id as text) from indicators i join projects p on p.id = i.project_id where p.name like ${pattern} escape '\\')))`;
}

function whereOf(filter: AuditFilter): SQL | undefined {
  const conditions = [
    filter.username ? eq(auditLog.username, filter.username) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.entity ? eq(auditLog.entity, filter.entity) : undefined,
    filter.since ? gte(auditLog.at, filter.since) : undefined,
    filter.until ? lt(auditLog.at, filter.until) : undefined,
    filter.project ? aboutProject(filter.project) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return conditions.length > 0 ? and(...conditions) : undefined;
}

export function countAuditRecords(db: DbOrTx, filter: AuditFilter): number {
  return db.select({ n: count() }).from(auditLog).where(whereOf(filter)).get()!.n;
}

/** Matching records, newest first. */
export function listAuditRecords(db: DbOrTx, filter: AuditFilter, page: { limit: number; offset: number }): AuditRecord[] {
  return db.select().from(auditLog).where(whereOf(filter)).orderBy(desc(auditLog.id)).limit(page.limit).offset(page.offset).all();
}

/** The values the filters can take: who appears in the log, and which actions and entities. */
export function listAuditFacets(db: DbOrTx): { usernames: string[]; actions: string[]; entities: string[] } {
  const distinct = <T extends typeof auditLog.username | typeof auditLog.action | typeof auditLog.entity>(column: T) =>
    db.selectDistinct({ value: column }).from(auditLog).where(isNotNull(column)).orderBy(asc(column)).all().map((r) => String(r.value));
  return { usernames: distinct(auditLog.username), actions: distinct(auditLog.action), entities: distinct(auditLog.entity) };
}
