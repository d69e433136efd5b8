import type { Db } from '@/db';
import { listProjectsOfBudgetYear } from '@/db/queries/projects';
import { budgetLight, periodsOfYear, timeElapsed, type MonitoringSettings } from '@/lib/monitoring';
import { LIGHTS, type Light, type Period } from '@/lib/monitoring/types';
import { CATEGORIES } from '@/lib/target-value/types';
import type { Actor } from '../auth/actor';
import { canReadDepartment } from '../auth/access';
import { ForbiddenError } from '../errors';
import { evaluateProjects, type EvaluatedProject } from '../monitoring/evaluate-projects';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import type { Scope } from '../scope/resolve-scope';
import { attentionOf, type Attention } from './attention';

export type LightCounts = Record<Light, number>;

export interface Overview {
  projectCount: number;
  budgetTotal: number;
  executedTotal: number;
  executionRate: number | null;
  budgetLight: Light;
  timeElapsed: number;
  indicatorCount: number;
  /** Reported for the as-of month (DOMAIN.md §5); the rest are 未填报 for that month. */
  reportedIndicatorCount: number;
  unreportedIndicatorCount: number;
  /** Whose latest entry is older than the month before the as-of month. */
  staleIndicatorCount: number;
  indicatorsByLight: LightCounts;
  projectsByLight: LightCounts;
  byCategory: { category: string; total: number; byLight: LightCounts }[];
  executionByMonth: { period: Period; rate: number | null; expected: number }[];
  attention: Attention;
  /** The thresholds the lights were judged by, for the legend. */
  thresholds: Pick<MonitoringSettings, 'lightThresholds' | 'budgetThresholds'>;
}

const noLights = () => Object.fromEntries(LIGHTS.map((light) => [light, 0])) as LightCounts;

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
  const evaluations = evaluated.flatMap((p) => p.indicators.map((i) => i.evaluation));
  const reported = evaluations.filter((e) => e.reported).length;
  return {
    projectCount: projects.length,
    budgetTotal,
    executedTotal,
    executionRate: budgetTotal > 0 ? executedTotal / budgetTotal : null,
    budgetLight: budgetLight(executed, budgetTotal, t, settings),
    timeElapsed: t,
    indicatorCount: evaluations.length,
    reportedIndicatorCount: reported,
    unreportedIndicatorCount: evaluations.length - reported,
    staleIndicatorCount: evaluations.filter((e) => e.stale).length,
    indicatorsByLight,
    projectsByLight,
    byCategory: [...byCategory].map(([category, counts]) => ({ category, total: Object.values(counts).reduce((a, b) => a + b, 0), byLight: counts })),
    executionByMonth: periodsOfYear(scope.budgetYear.year)
      .filter((p) => p <= scope.asOf)
      .map((period) => {
        const executed = executedBy(period);
        return { period, rate: executed == null || budgetTotal <= 0 ? null : executed / budgetTotal, expected: timeElapsed(period) };
      }),
    attention: attentionOf(evaluated),
    thresholds: { lightThresholds: settings.lightThresholds, budgetThresholds: settings.budgetThresholds },
  };
}
