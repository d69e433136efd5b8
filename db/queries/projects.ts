import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { budgetYears, departments, projectOwners, projects, users, type Project } from '../schema';

export type ProjectWithContext = Project & { departmentId: number; departmentName: string; year: number };

export function findProject(db: DbOrTx, id: number): ProjectWithContext | undefined {
  const row = db
    .select({ project: projects, departmentId: budgetYears.departmentId, departmentName: departments.name, year: budgetYears.year })
    .from(projects)
    .innerJoin(budgetYears, eq(projects.budgetYearId, budgetYears.id))
    .innerJoin(departments, eq(budgetYears.departmentId, departments.id))
    .where(eq(projects.id, id))
    .get();
  return row && { ...row.project, departmentId: row.departmentId, departmentName: row.departmentName, year: row.year };
}

export function listProjectsOfBudgetYear(db: DbOrTx, budgetYearId: number): Project[] {
  return db.select().from(projects).where(eq(projects.budgetYearId, budgetYearId)).orderBy(asc(projects.seq)).all();
}

export interface ProjectOwner {
  id: number;
  username: string;
  displayName: string;
}

export function listOwnersOfProjects(db: DbOrTx, projectIds: number[]): Map<number, ProjectOwner[]> {
  const owners = new Map<number, ProjectOwner[]>();
  if (projectIds.length === 0) return owners;
  const rows = db
    .select({ projectId: projectOwners.projectId, id: users.id, username: users.username, displayName: users.displayName })
    .from(projectOwners)
    .innerJoin(users, eq(projectOwners.userId, users.id))
    .where(inArray(projectOwners.projectId, projectIds))
    .orderBy(asc(users.username))
    .all();
  for (const { projectId, ...owner } of rows) {
    owners.set(projectId, [...(owners.get(projectId) ?? []), owner]);
  }
  return owners;
}

/** The owners of every project of a budget year, joined on the year (no list of project ids). */
export function listOwnersOfBudgetYear(db: DbOrTx, budgetYearId: number): Map<number, ProjectOwner[]> {
  const owners = new Map<number, ProjectOwner[]>();
  const rows = db
    .select({ projectId: projectOwners.projectId, id: users.id, username: users.username, displayName: users.displayName })
    .from(projectOwners)
    .innerJoin(projects, eq(projectOwners.projectId, projects.id))
    .innerJoin(users, eq(projectOwners.userId, users.id))
    .where(eq(projects.budgetYearId, budgetYearId))
    .orderBy(asc(users.username))
    .all();
  for (const { projectId, ...owner } of rows) {
    const list = owners.get(projectId);
    if (list) list.push(owner);
    else owners.set(projectId, [owner]);
  }
  return owners;
}
