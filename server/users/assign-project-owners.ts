import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { budgetYears, projectOwners } from '@/db/schema';
import { listOwnersOfProjects, listProjectsOfBudgetYear } from '@/db/queries/projects';
import { listOwnersOfDepartment } from '@/db/queries/users';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { NotFoundError, ValidationError } from '../errors';
import { assertAdmin } from './require-admin';
import { parseInput } from './user-input';

const assignmentsSchema = z.object({
  budgetYearId: z.number().int().positive(),
  assignments: z
    .array(z.object({ projectId: z.number().int().positive(), userIds: z.array(z.number().int().positive()).max(100) }))
    .max(5000),
});

const sameSet = (a: number[], b: number[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * 指定项目负责人 for projects of one department–year, among the department's 项目负责人. Only changed projects are
 * written and audited (owners before and after); a project cannot lose its last owner. Returns how many changed.
 */
export function assignProjectOwners(db: Db, actor: Actor, body: unknown): number {
  assertAdmin(actor);
  const input = parseInput(assignmentsSchema, body);
  const budgetYear = db.select().from(budgetYears).where(eq(budgetYears.id, input.budgetYearId)).get();
  if (!budgetYear) throw new NotFoundError('部门年度目标表不存在');
  const projects = new Map(listProjectsOfBudgetYear(db, budgetYear.id).map((p) => [p.id, p]));
  const current = listOwnersOfProjects(db, [...projects.keys()]);
  const departmentOwners = new Map(listOwnersOfDepartment(db, budgetYear.departmentId).map((u) => [u.id, u]));

  const changes = input.assignments.flatMap(({ projectId, userIds }) => {
    const project = projects.get(projectId);
    if (!project) throw new ValidationError('项目不属于所选的部门年度目标表');
    const before = current.get(projectId) ?? [];
    const wanted = [...new Set(userIds)];
    if (sameSet(wanted, before.map((o) => o.id))) return [];
    const after = wanted.map((id) => departmentOwners.get(id) ?? before.find((o) => o.id === id));
    if (after.some((o) => !o)) throw new ValidationError(`“${project.name}”的负责人须为本部门的项目负责人`);
    return [{ project, before, after: after as NonNullable<(typeof after)[number]>[] }];
  });
  const emptied = changes.filter((c) => c.after.length === 0).map((c) => c.project.name);
  if (emptied.length > 0) throw new ValidationError(`每个项目至少需要一名负责人：${emptied.join('、')}`);

  db.transaction((tx) => {
    for (const { project, before, after } of changes) {
      tx.delete(projectOwners).where(eq(projectOwners.projectId, project.id)).run();
      tx.insert(projectOwners).values(after.map((o) => ({ projectId: project.id, userId: o.id }))).run();
      recordAudit(tx, {
        actor,
        action: 'project.owners',
        entity: 'project',
        entityId: project.id,
        before: { project: project.name, owners: before.map((o) => o.username) },
        after: { project: project.name, owners: after.map((o) => o.username) },
      });
    }
  });
  return changes.length;
}
