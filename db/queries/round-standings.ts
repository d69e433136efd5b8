import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { budgetYears, monitoringRounds, projectOwners, projects, roundProjects, users, type MonitoringRound } from '../schema';

/** A project of a monitoring round with its state there (null: no row yet, 未填报). */
export interface RoundStanding {
  roundId: number;
  period: string;
  deadline: string;
  official: boolean;
  projectId: number;
  projectName: string;
  state: (typeof roundProjects.$inferSelect)['state'] | null;
  comment: string;
}

/** The projects of rounds (of their department–year) matching `where`, with their states; `joinOwners`: only that owner's. */
function standings(db: DbOrTx, where: SQL | undefined, joinOwners: number | null): RoundStanding[] {
  let query = db
    .select({
      roundId: monitoringRounds.id,
      period: monitoringRounds.period,
      deadline: monitoringRounds.deadline,
      official: monitoringRounds.official,
      projectId: projects.id,
      projectName: projects.name,
      state: roundProjects.state,
      comment: roundProjects.comment,
    })
    .from(monitoringRounds)
    .innerJoin(budgetYears, eq(budgetYears.id, monitoringRounds.budgetYearId))
    .innerJoin(projects, eq(projects.budgetYearId, monitoringRounds.budgetYearId))
    .leftJoin(roundProjects, and(eq(roundProjects.roundId, monitoringRounds.id), eq(roundProjects.projectId, projects.id)))
    .$dynamic();
  if (joinOwners !== null) query = query.innerJoin(projectOwners, and(eq(projectOwners.projectId, projects.id), eq(projectOwners.userId, joinOwners)));
  return query
    .where(where)
    .orderBy(asc(monitoringRounds.deadline), asc(monitoringRounds.id), asc(projects.seq))
    .all()
    .map((row) => ({ ...row, comment: row.comment ?? '' }));
}

/** The projects an owner owns in every open round. */
export function ownerStandings(db: DbOrTx, ownerId: number): RoundStanding[] {
  return standings(db, eq(monitoringRounds.status, 'open'), ownerId);
}

/** Every project of a department in its open rounds; `roundId` narrows to one round. */
export function departmentStandings(db: DbOrTx, departmentId: number, roundId?: number): RoundStanding[] {
  const round = roundId === undefined ? undefined : eq(monitoringRounds.id, roundId);
  return standings(db, and(eq(monitoringRounds.status, 'open'), eq(budgetYears.departmentId, departmentId), round), null);
}

/** Every project of one round, open or closed, with its state. */
export function roundStandings(db: DbOrTx, roundId: number): RoundStanding[] {
  return standings(db, eq(monitoringRounds.id, roundId), null);
}

/** A round with the department and year it belongs to. */
export function findRoundOfDepartment(db: DbOrTx, roundId: number): (MonitoringRound & { departmentId: number; year: number }) | undefined {
  const row = db
    .select({ round: monitoringRounds, departmentId: budgetYears.departmentId, year: budgetYears.year })
    .from(monitoringRounds)
    .innerJoin(budgetYears, eq(budgetYears.id, monitoringRounds.budgetYearId))
    .where(eq(monitoringRounds.id, roundId))
    .get();
  return row && { ...row.round, departmentId: row.departmentId, year: row.year };
}

/** The user ids of a project's owners. */
export function projectOwnerIds(db: DbOrTx, projectId: number): number[] {
  return db.select({ userId: projectOwners.userId }).from(projectOwners).where(eq(projectOwners.projectId, projectId)).all().map((r) => r.userId);
}

/** The display names of each project's owners. */
export function ownerNamesOf(db: DbOrTx, projectIds: number[]): Map<number, string[]> {
  const names = new Map<number, string[]>();
  if (projectIds.length === 0) return names;
  const rows = db
    .select({ projectId: projectOwners.projectId, name: users.displayName })
    .from(projectOwners)
    .innerJoin(users, eq(users.id, projectOwners.userId))
    .where(inArray(projectOwners.projectId, projectIds))
    .orderBy(asc(users.displayName))
    .all();
  for (const r of rows) names.set(r.projectId, [...(names.get(r.projectId) ?? []), r.name]);
  return names;
}
