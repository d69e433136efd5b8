import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { apiTokens, budgetYears, departments, indicators, projects, users } from '../schema';

/** What an audit record is about, in words, with the page that shows it (null when it is gone or has none). */
export interface AuditSubject {
  label: string;
  href: string | null;
}

const idsOf = (records: { entity: string; entityId: string | null }[], entity: string) =>
  [...new Set(records.filter((r) => r.entity === entity && r.entityId && /^\d{1,15}$/.test(r.entityId)).map((r) => Number(r.entityId)))];

/** Names for the records of one page of the log (at most a page's worth of ids per kind), keyed `entity:id`. */
export function describeAuditSubjects(db: DbOrTx, records: { entity: string; entityId: string | null }[]): Map<string, AuditSubject> {
  const subjects = new Map<string, AuditSubject>();
  const indicatorIds = idsOf(records, 'indicator');
  if (indicatorIds.length > 0) {
    const rows = db
      .select({ id: indicators.id, name: indicators.name, projectId: projects.id, project: projects.name })
      .from(indicators)
      .innerJoin(projects, eq(indicators.projectId, projects.id))
      .where(inArray(indicators.id, indicatorIds))
      .all();
    for (const r of rows) subjects.set(`indicator:${r.id}`, { label: `${r.project} / ${r.name}`, href: `/projects/${r.projectId}#indicator-${r.id}` });
  }
  const projectIds = idsOf(records, 'project');
  if (projectIds.length > 0) {
    for (const r of db.select({ id: projects.id, name: projects.name }).from(projects).where(inArray(projects.id, projectIds)).all()) {
      subjects.set(`project:${r.id}`, { label: r.name, href: `/projects/${r.id}` });
    }
  }
  const userIds = idsOf(records, 'user');
  if (userIds.length > 0) {
    for (const r of db.select({ id: users.id, username: users.username, name: users.displayName }).from(users).where(inArray(users.id, userIds)).all()) {
      subjects.set(`user:${r.id}`, { label: `${r.name}（${r.username}）`, href: `/admin/users/${r.id}` });
    }
  }
  const yearIds = idsOf(records, 'budget_year');
  if (yearIds.length > 0) {
    const rows = db
      .select({ id: budgetYears.id, year: budgetYears.year, department: departments.name, departmentId: departments.id })
      .from(budgetYears)
      .innerJoin(departments, eq(budgetYears.departmentId, departments.id))
      .where(inArray(budgetYears.id, yearIds))
      .all();
    for (const r of rows) subjects.set(`budget_year:${r.id}`, { label: `${r.department} ${r.year}年度`, href: `/projects?dept=${r.departmentId}&year=${r.year}` });
  }
  const tokenIds = idsOf(records, 'api_token');
  if (tokenIds.length > 0) {
    for (const r of db.select({ id: apiTokens.id, label: apiTokens.name }).from(apiTokens).where(inArray(apiTokens.id, tokenIds)).all()) {
      subjects.set(`api_token:${r.id}`, { label: r.label || `令牌 #${r.id}`, href: null });
    }
  }
  return subjects;
}
