import type { Db } from '@/db';
import { listProjectsOfBudgetYear } from '@/db/queries/projects';
import { budgetLight, periodsOfYear, timeElapsed } from '@/lib/monitoring';
import type { Light, Period } from '@/lib/monitoring/types';
import { CATEGORIES } from '@/lib/target-value/types';
import type { Actor } from '../auth/actor';
import { canReadDepartment } from '../auth/access';
import { ForbiddenError } from '../errors';
import { evaluateProjects, type EvaluatedProject } from '../monitoring/evaluate-projects';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import type { Scope } from '../scope/resolve-scope';
import { rankIndicators, rankProjects, type AttentionIndicator, type AttentionProject } from './attention';

export type LightCounts = Record<Light, number>;

export interface Overview {
  projectCount: number;
  budgetTotal: number;
  executedTotal: number;
  executionRate: number | null;
  budgetLight: Light;
  timeElapsed: number;
  indicatorCount: number;
  reportedIndicatorCount: number;
  indicatorsByLight: LightCounts;
  projectsByLight: LightCounts;
  byCategory: { category: string; total: number; byLight: LightCounts }[];
  executionByMonth: { period: Period; rate: number | null; expected: number }[];
  attentionProjects: AttentionProject[];
  attentionIndicators: AttentionIndicator[];
}

const noLights = (): LightCounts => ({ red: 0, yellow: 0, green: 0, blue: 0, gray: 0 });

function countLights(evaluated: EvaluatedProject[]) {
  const projectsByLight = noLights();
  const indicatorsByLight = noLights();
  const byCategory = new Map<string, LightCounts>(CATEGORIES.map((c) => [c, noLights()]));
  for (const { light, indicators } of evaluated) {
    projectsByLight[light] += 1;
    for (const { indicator, evaluation } of indicators) {
      indicatorsByLight[evaluation.light] += 1;
      const category = indicator.category ?? '未分类';
      if (!byCategory.has(category)) byCategory.set(category, noLights());
      byCategory.get(category)![evaluation.light] += 1;
    }
  }
  return { projectsByLight, indicatorsByLight, byCategory };
}

/** 总览 for a department–year as of a month: cards, lights, 执行率 by month, what needs attention. */
export function getOverview(db: Db, actor: Actor, scope: Scope): Overview {
  if (!canReadDepartment(actor, scope.budgetYear.departmentId)) throw new ForbiddenError('无权查看该部门');
  const projects = listProjectsOfBudgetYear(db, scope.budgetYear.id);
  const settings = loadMonitoringSettings(db);
  const evaluated = evaluateProjects(db, projects, scope.asOf, settings);
  const budgetTotal = projects.reduce((sum, p) => sum + (p.total ?? 0), 0);
  const executedBy = (period: Period) => {
    const latest = new Map<number, number>();
    for (const { executions } of evaluated) for (const e of executions) if (e.period <= period) latest.set(e.projectId, e.amount);
    return latest.size === 0 ? null : [...latest.values()].reduce((a, b) => a + b, 0);
  };
  const executed = executedBy(scope.asOf);
  const executedTotal = executed ?? 0;
  const t = timeElapsed(scope.asOf);
  const { projectsByLight, indicatorsByLight, byCategory } = countLights(evaluated);
  const indicatorCount = evaluated.reduce((n, p) => n + p.indicators.length, 0);
  return {
    projectCount: projects.length,
    budgetTotal,
    executedTotal,
    executionRate: budgetTotal > 0 ? executedTotal / budgetTotal : null,
    budgetLight: budgetLight(executed, budgetTotal, t, settings),
    timeElapsed: t,
    indicatorCount,
    reportedIndicatorCount: evaluated.flatMap((p) => p.indicators).filter((i) => i.evaluation.latestPeriod !== null).length,
    indicatorsByLight,
    projectsByLight,
    byCategory: [...byCategory].map(([category, counts]) => ({ category, total: Object.values(counts).reduce((a, b) => a + b, 0), byLight: counts })),
    executionByMonth: periodsOfYear(scope.budgetYear.year)
      .filter((p) => p <= scope.asOf)
      .map((period) => {
        const executed = executedBy(period);
        return { period, rate: executed == null || budgetTotal <= 0 ? null : executed / budgetTotal, expected: timeElapsed(period) };
      }),
    attentionProjects: rankProjects(evaluated),
    attentionIndicators: rankIndicators(evaluated),
  };
}
