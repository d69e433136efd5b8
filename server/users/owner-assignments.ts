import type { Db } from '@/db';
import { listBudgetYears, type BudgetYearOption } from '@/db/queries/budget-years';
import { listOwnersOfProjects, listProjectsOfBudgetYear } from '@/db/queries/projects';
import { listOwnersOfDepartment } from '@/db/queries/users';
import type { Actor } from '../auth/actor';
import { assertAdmin } from './require-admin';

export interface OwnerCandidate {
  id: number;
  username: string;
  displayName: string;
}

export interface OwnerAssignments {
  options: BudgetYearOption[];
  budgetYear: BudgetYearOption;
  projects: { id: number; seq: number; name: string; ownerIds: number[] }[];
  /** The department's 项目负责人, and anyone else who still owns one of these projects. */
  candidates: OwnerCandidate[];
}

/** Who owns each project of one department–year (the first one when `budgetYearId` matches none); null when none exist. */
export function getOwnerAssignments(db: Db, actor: Actor, budgetYearId: number | null): OwnerAssignments | null {
  assertAdmin(actor);
  const options = listBudgetYears(db, null);
  const budgetYear = options.find((o) => o.id === budgetYearId) ?? options[0];
  if (!budgetYear) return null;
  const projects = listProjectsOfBudgetYear(db, budgetYear.id);
  const owners = listOwnersOfProjects(db, projects.map((p) => p.id));
  const candidates = new Map(listOwnersOfDepartment(db, budgetYear.departmentId).map((c) => [c.id, c]));
  for (const list of owners.values()) for (const owner of list) if (!candidates.has(owner.id)) candidates.set(owner.id, owner);
  return {
    options,
    budgetYear,
    projects: projects.map((p) => ({ id: p.id, seq: p.seq, name: p.name, ownerIds: (owners.get(p.id) ?? []).map((o) => o.id) })),
    candidates: [...candidates.values()],
  };
}
