import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { RoundProjectState } from '../../lib/rounds/vocabulary';
import type { DbOrTx } from '../client';
import { budgetYears, departments, monitoringRounds, projects, roundEvents, roundProjects, users, type MonitoringRound, type RoundProject } from '../schema';

/** A round with the department–year it belongs to. */
export type RoundWithContext = MonitoringRound & { departmentId: number; departmentName: string; year: number };

const roundColumns = {
  id: monitoringRounds.id,
  budgetYearId: monitoringRounds.budgetYearId,
  period: monitoringRounds.period,
  deadline: monitoringRounds.deadline,
  official: monitoringRounds.official,
  status: monitoringRounds.status,
  openedBy: monitoringRounds.openedBy,
  openedAt: monitoringRounds.openedAt,
  closedBy: monitoringRounds.closedBy,
  closedAt: monitoringRounds.closedAt,
  departmentId: budgetYears.departmentId,
  departmentName: departments.name,
  year: budgetYears.year,
};

function roundsQuery(db: DbOrTx) {
  return db
    .select(roundColumns)
    .from(monitoringRounds)
    .innerJoin(budgetYears, eq(budgetYears.id, monitoringRounds.budgetYearId))
    .innerJoin(departments, eq(departments.id, budgetYears.departmentId));
}

export function findRound(db: DbOrTx, id: number): RoundWithContext | undefined {
  return roundsQuery(db).where(eq(monitoringRounds.id, id)).get();
}

/** The round of a department–year for one month, if opened. */
export function findRoundOfPeriod(db: DbOrTx, budgetYearId: number, period: string): MonitoringRound | undefined {
  return db
    .select()
    .from(monitoringRounds)
    .where(and(eq(monitoringRounds.budgetYearId, budgetYearId), eq(monitoringRounds.period, period)))
    .get();
}

/** Rounds of a budget year, newest month first, of one department or (null) of every department. */
export function listRoundsOfYear(db: DbOrTx, year: number, departmentId: number | null): RoundWithContext[] {
  const where = departmentId === null ? eq(budgetYears.year, year) : and(eq(budgetYears.year, year), eq(budgetYears.departmentId, departmentId));
  return roundsQuery(db).where(where).orderBy(desc(monitoringRounds.period), asc(departments.name)).all();
}

/** The open round of a department–year with the latest month, if any: the one 总览 and 项目 show. */
export function findOpenRound(db: DbOrTx, budgetYearId: number): RoundWithContext | undefined {
  return roundsQuery(db)
    .where(and(eq(monitoringRounds.budgetYearId, budgetYearId), eq(monitoringRounds.status, 'open')))
    .orderBy(desc(monitoringRounds.period))
    .get();
}

/** Every open round of the given department–years (several tables at once, e.g. 待办). */
export function listOpenRounds(db: DbOrTx, budgetYearIds: number[]): RoundWithContext[] {
  if (budgetYearIds.length === 0) return [];
  return roundsQuery(db)
    .where(and(inArray(monitoringRounds.budgetYearId, budgetYearIds), eq(monitoringRounds.status, 'open')))
    .orderBy(desc(monitoringRounds.period))
    .all();
}

export function findRoundProject(db: DbOrTx, roundId: number, projectId: number): RoundProject | undefined {
  return db
    .select()
    .from(roundProjects)
    .where(and(eq(roundProjects.roundId, roundId), eq(roundProjects.projectId, projectId)))
    .get();
}

export interface ProjectInRound {
  projectId: number;
  projectName: string;
  state: RoundProjectState;
  comment: string;
  updatedAt: string | null;
}

/** Each project of the round's department–year with its state (未填报 when it has no row), in the table's order. */
export function listRoundProjectStates(db: DbOrTx, round: Pick<MonitoringRound, 'id' | 'budgetYearId'>): ProjectInRound[] {
  const rows = db
    .select({ projectId: projects.id, projectName: projects.name, state: roundProjects.state, comment: roundProjects.comment, updatedAt: roundProjects.updatedAt })
    .from(projects)
    .leftJoin(roundProjects, and(eq(roundProjects.projectId, projects.id), eq(roundProjects.roundId, round.id)))
    .where(eq(projects.budgetYearId, round.budgetYearId))
    .orderBy(asc(projects.id))
    .all();
  return rows.map((r) => ({ ...r, state: r.state ?? 'pending', comment: r.comment ?? '' }));
}

/** How many projects of the round are in each state. */
export function countRoundStates(states: Pick<ProjectInRound, 'state'>[]): Record<RoundProjectState, number> {
  const counts: Record<RoundProjectState, number> = { pending: 0, submitted: 0, approved: 0, returned: 0 };
  for (const { state } of states) counts[state] += 1;
  return counts;
}

export interface RoundEventWithAuthor {
  id: number;
  kind: (typeof roundEvents.$inferSelect)['kind'];
  comment: string;
  at: string;
  userId: number;
  userName: string;
}

/** 流转记录 of one project in one round, oldest first. */
export function listRoundEvents(db: DbOrTx, roundId: number, projectId: number): RoundEventWithAuthor[] {
  return db
    .select({ id: roundEvents.id, kind: roundEvents.kind, comment: roundEvents.comment, at: roundEvents.at, userId: roundEvents.userId, userName: users.displayName })
    .from(roundEvents)
    .innerJoin(users, eq(users.id, roundEvents.userId))
    .where(and(eq(roundEvents.roundId, roundId), eq(roundEvents.projectId, projectId)))
    .orderBy(asc(roundEvents.id))
    .all();
}

/** The projects of the given rounds in one state (e.g. 已送审 waiting for review), oldest step first. */
export function listRoundProjectsInState(db: DbOrTx, roundIds: number[], state: RoundProjectState) {
  if (roundIds.length === 0) return [];
  return db
    .select({ roundId: roundProjects.roundId, projectId: roundProjects.projectId, projectName: projects.name, comment: roundProjects.comment, updatedAt: roundProjects.updatedAt })
    .from(roundProjects)
    .innerJoin(projects, eq(projects.id, roundProjects.projectId))
    .where(and(inArray(roundProjects.roundId, roundIds), eq(roundProjects.state, state)))
    .orderBy(asc(roundProjects.updatedAt))
    .all();
}
