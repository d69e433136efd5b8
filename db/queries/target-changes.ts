import { and, asc, count, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { alias, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '../client';
import { budgetYears, departments, indicators, projects, targetChanges, users, type Indicator, type TargetChange } from '../schema';

/** A target change with the names of who proposed and who decided it. */
export type TargetChangeWithPeople = TargetChange & {
  proposerUsername: string;
  proposerName: string;
  deciderUsername: string | null;
  deciderName: string | null;
};

/** …and where it belongs, for the approvers' list: the indicator as it is now, its project and department. */
export type TargetChangeInContext = TargetChangeWithPeople & {
  indicator: Indicator;
  projectName: string;
  departmentId: number;
  departmentName: string;
  year: number;
};

const decider = alias(users, 'decider');

const PEOPLE = {
  change: targetChanges,
  proposerUsername: users.username,
  proposerName: users.displayName,
  deciderUsername: decider.username,
  deciderName: decider.displayName,
};

/** Changes with who proposed and who decided them, and `extra` columns of the tables joined after. */
function selectChanges<Extra extends Record<string, SQLiteColumn | typeof indicators>>(db: DbOrTx, extra: Extra) {
  return db
    .select({ ...PEOPLE, ...extra })
    .from(targetChanges)
    .innerJoin(users, eq(targetChanges.proposedBy, users.id))
    .leftJoin(decider, eq(targetChanges.decidedBy, decider.id));
}

/** A joined row made flat: the change's own columns beside the joined ones. */
const flat = <T extends { change: TargetChange }>({ change, ...rest }: T): TargetChange & Omit<T, 'change'> => ({ ...change, ...rest });

export function findTargetChange(db: DbOrTx, id: number): TargetChangeWithPeople | undefined {
  const row = selectChanges(db, {}).where(eq(targetChanges.id, id)).get();
  return row && flat(row);
}

/** Every change of the given indicators, oldest first. */
export function listTargetChangesOf(db: DbOrTx, indicatorIds: number[]): TargetChangeWithPeople[] {
  if (indicatorIds.length === 0) return [];
  return selectChanges(db, {}).where(inArray(targetChanges.indicatorId, indicatorIds)).orderBy(asc(targetChanges.id)).all().map(flat);
}

export function findPendingTargetChange(db: DbOrTx, indicatorId: number): TargetChangeWithPeople | undefined {
  const row = selectChanges(db, {}).where(and(eq(targetChanges.indicatorId, indicatorId), eq(targetChanges.status, 'pending'))).get();
  return row && flat(row);
}

/** `departmentId` null: every department (the administrator). */
function inScope(departmentId: number | null, condition: SQL): SQL | undefined {
  return departmentId === null ? condition : and(condition, eq(budgetYears.departmentId, departmentId));
}

/** Pending changes (oldest first) or decided ones (newest first, at most `limit`) with their project and indicator. */
export function listTargetChangesInScope(
  db: DbOrTx,
  { departmentId, pending, limit }: { departmentId: number | null; pending: boolean; limit?: number },
): TargetChangeInContext[] {
  const query = selectChanges(db, {
    indicator: indicators,
    projectName: projects.name,
    departmentId: budgetYears.departmentId,
    departmentName: departments.name,
    year: budgetYears.year,
  })
    .innerJoin(indicators, eq(targetChanges.indicatorId, indicators.id))
    .innerJoin(projects, eq(indicators.projectId, projects.id))
    .innerJoin(budgetYears, eq(projects.budgetYearId, budgetYears.id))
    .innerJoin(departments, eq(budgetYears.departmentId, departments.id))
    .where(inScope(departmentId, pending ? eq(targetChanges.status, 'pending') : ne(targetChanges.status, 'pending')))
    .orderBy(pending ? asc(targetChanges.id) : desc(targetChanges.decidedAt), desc(targetChanges.id));
  const rows = limit === undefined ? query.all() : query.limit(limit).all();
  return rows.map(flat);
}

/** How many changes wait for a decision, in one department or (null) everywhere. */
export function countPendingTargetChanges(db: DbOrTx, departmentId: number | null): number {
  return db
    .select({ n: count() })
    .from(targetChanges)
    .innerJoin(indicators, eq(targetChanges.indicatorId, indicators.id))
    .innerJoin(projects, eq(indicators.projectId, projects.id))
    .innerJoin(budgetYears, eq(projects.budgetYearId, budgetYears.id))
    .where(inScope(departmentId, eq(targetChanges.status, 'pending')))
    .get()!.n;
}
