import type { Db } from '@/db';
import { listExecutionSteps, listLatestExplanations } from '@/db/queries/indicator-figures';
import { budgetLight, periodsOfYear, timeElapsed, type MonitoringSettings } from '@/lib/monitoring';
import type { Light, Period } from '@/lib/monitoring/types';
import type { Actor } from '../auth/actor';
import { canReadDepartment } from '../auth/access';
import { ForbiddenError } from '../errors';
import { figureProjects } from '../monitoring/figure-projects';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import type { Scope } from '../scope/resolve-scope';
import { attentionOf, type Attention } from './attention';
import { countLights, type LightCounts } from './count-lights';

export type { LightCounts };

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

/**
 * The total of every project's latest 执行数 as of each month from January to `asOf` (null before any is recorded): the
 * running sum of the months' growth (listExecutionSteps).
 */
function executedByMonth(steps: { period: Period; growth: number; firsts: number }[], year: number, asOf: Period) {
  const byPeriod = new Map(steps.map((s) => [s.period, s]));
  let total = 0;
  let spending = 0;
  return periodsOfYear(year)
    .filter((p) => p <= asOf)
    .map((period) => {
      total += byPeriod.get(period)?.growth ?? 0;
      spending += byPeriod.get(period)?.firsts ?? 0;
      return { period, executed: spending === 0 ? null : total };
    });
}

/** 总览 for a department–year as of a month: cards, lights, 执行率 by month, what needs attention. */
export function getOverview(db: Db, actor: Actor, scope: Scope): Overview {
  if (!canReadDepartment(actor, scope.budgetYear.departmentId)) throw new ForbiddenError('无权查看该部门');
  const settings = loadMonitoringSettings(db);
  const figures = { budgetYearId: scope.budgetYear.id };
  const evaluated = figureProjects(db, figures, scope.asOf, settings);
  const budgetTotal = evaluated.reduce((sum, p) => sum + (p.project.total ?? 0), 0);
  const spent = evaluated.flatMap((p) => (p.budget.executed === null ? [] : [p.budget.executed]));
  const executed = spent.length === 0 ? null : spent.reduce((a, b) => a + b, 0);
  const executedTotal = executed ?? 0;
  const executionByMonth = executedByMonth(listExecutionSteps(db, figures, scope.asOf), scope.budgetYear.year, scope.asOf).map(({ period, executed }) => ({
    period,
    rate: executed == null || budgetTotal <= 0 ? null : executed / budgetTotal,
    expected: timeElapsed(period),
  }));
  const t = timeElapsed(scope.asOf);
  const { projectsByLight, indicatorsByLight, byCategory } = countLights(evaluated);
  const evaluations = evaluated.flatMap((p) => p.indicators.map((i) => i.evaluation));
  const reported = evaluations.filter((e) => e.reported).length;
  return {
    projectCount: evaluated.length,
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
    executionByMonth,
    attention: attentionOf(evaluated, listLatestExplanations(db, figures, scope.asOf)),
    thresholds: { lightThresholds: settings.lightThresholds, budgetThresholds: settings.budgetThresholds },
  };
}
