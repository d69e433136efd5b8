import type { Db } from '@/db';
import { listProjectsOfBudgetYear } from '@/db/queries/projects';
import type { Light } from '@/lib/monitoring/types';
import type { Actor } from '../auth/actor';
import { canReadDepartment } from '../auth/access';
import { ForbiddenError } from '../errors';
import { evaluateProjects } from '../monitoring/evaluate-projects';
import type { Scope } from '../scope/resolve-scope';

export interface Overview {
  projectCount: number;
  budgetTotal: number;
  executedTotal: number;
  indicatorCount: number;
  reportedIndicatorCount: number;
  indicatorsByLight: Record<Light, number>;
  projectsByLight: Record<Light, number>;
}

const NO_LIGHTS = (): Record<Light, number> => ({ red: 0, yellow: 0, green: 0, blue: 0, gray: 0 });

/** 总览 totals for a department–year as of a month. */
export function getOverview(db: Db, actor: Actor, scope: Scope): Overview {
  if (!canReadDepartment(actor, scope.budgetYear.departmentId)) throw new ForbiddenError('无权查看该部门');
  const evaluated = evaluateProjects(db, listProjectsOfBudgetYear(db, scope.budgetYear.id), scope.asOf);
  const overview: Overview = {
    projectCount: evaluated.length,
    budgetTotal: 0,
    executedTotal: 0,
    indicatorCount: 0,
    reportedIndicatorCount: 0,
    indicatorsByLight: NO_LIGHTS(),
    projectsByLight: NO_LIGHTS(),
  };
  for (const { project, indicators, light, budget } of evaluated) {
    overview.budgetTotal += project.total ?? 0;
    overview.executedTotal += budget.executed ?? 0;
    overview.projectsByLight[light] += 1;
    for (const { evaluation } of indicators) {
      overview.indicatorCount += 1;
      if (evaluation.latestPeriod) overview.reportedIndicatorCount += 1;
      overview.indicatorsByLight[evaluation.light] += 1;
    }
  }
  return overview;
}
