import type { Db } from '@/db';
import { listOwnersOfBudgetYear } from '@/db/queries/projects';
import type { ProjectRow } from '@/lib/project-list/filter-rows';
import type { Actor } from '../auth/actor';
import { canReadDepartment } from '../auth/access';
import { ForbiddenError } from '../errors';
import { figureProjects } from '../monitoring/figure-projects';
import type { Scope } from '../scope/resolve-scope';

/** The rows of the 项目 list for a department–year as of a month. */
export function listProjectRows(db: Db, actor: Actor, scope: Scope): ProjectRow[] {
  if (!canReadDepartment(actor, scope.budgetYear.departmentId)) throw new ForbiddenError('无权查看该部门的项目');
  const owners = listOwnersOfBudgetYear(db, scope.budgetYear.id);
  return figureProjects(db, { budgetYearId: scope.budgetYear.id }, scope.asOf).map(({ project, indicators, light, budget }) => ({
    id: project.id,
    seq: project.seq,
    name: project.name,
    total: project.total,
    owners: (owners.get(project.id) ?? []).map(({ username, displayName }) => ({ username, displayName })),
    indicatorCount: indicators.length,
    onTrackCount: indicators.filter((i) => i.evaluation.light === 'green' || i.evaluation.light === 'blue').length,
    reportedCount: indicators.filter((i) => i.evaluation.reported).length,
    light,
    budgetLight: budget.light,
    executionRate: budget.executionRate,
    indicatorTags: indicators.map((i) => ({ category: i.indicator.category, light: i.evaluation.light, reported: i.evaluation.reported })),
    keyMonitored: project.keyMonitored,
  }));
}
