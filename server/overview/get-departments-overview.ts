import type { Db } from '@/db';
import { readsEveryDepartment } from '@/lib/auth/roles';
import { listBudgetYears } from '@/db/queries/budget-years';
import { budgetLight, timeElapsed } from '@/lib/monitoring';
import type { Light, Period } from '@/lib/monitoring/types';
import type { SearchParams } from '@/lib/url/search-params';
import { firstParam } from '@/lib/url/search-params';
import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../errors';
import { figureProjects, type FiguredProject } from '../monitoring/figure-projects';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { resolveAsOf } from '../scope/resolve-scope';
import { countLights, type LightCounts } from './count-lights';

export interface DepartmentRow {
  departmentId: number;
  departmentName: string;
  projectCount: number;
  indicatorCount: number;
  projectsByLight: LightCounts;
  indicatorsByLight: LightCounts;
  redProjects: number;
  yellowProjects: number;
  reportedIndicatorCount: number;
  reportedRate: number | null;
  budgetTotal: number;
  executionRate: number | null;
  budgetLight: Light;
}

export interface DepartmentsOverview {
  year: number;
  years: number[];
  asOf: Period;
  timeElapsed: number;
  rows: DepartmentRow[];
}

/** The administrator and the 财政 reviewer read every department (the finance bureau's view of a budget year). */
export function canReadAllDepartments(actor: Actor): boolean {
  return readsEveryDepartment(actor.role);
}

/**
 * 各部门总览 for a budget year as of a month: one row per department with its projects and indicators by light, how
 * many indicators are reported for the month, and 执行率 against 序时进度 — the same figures as each department's 总览
 * (figureProjects, in one pass over the year's tables), so a row and the overview it leads to agree. Null when no
 * department has a table yet.
 */
export function getDepartmentsOverview(db: Db, actor: Actor, raw: SearchParams, today = new Date()): DepartmentsOverview | null {
  if (!canReadAllDepartments(actor)) throw new ForbiddenError('只有系统管理员和财政复核员可以查看各部门总览');
  const budgetYears = listBudgetYears(db, null);
  const years = [...new Set(budgetYears.map((b) => b.year))].sort((a, b) => b - a);
  if (years.length === 0) return null;
  const year = years.find((y) => String(y) === firstParam(raw, 'year')) ?? years[0]!;
  const asOf = resolveAsOf(raw, year, today);
  const t = timeElapsed(asOf);
  const settings = loadMonitoringSettings(db);
  const byBudgetYear = new Map<number, FiguredProject[]>();
  for (const project of figureProjects(db, { year }, asOf, settings)) {
    const list = byBudgetYear.get(project.project.budgetYearId);
    if (list) list.push(project);
    else byBudgetYear.set(project.project.budgetYearId, [project]);
  }
  const rows = budgetYears
    .filter((b) => b.year === year)
    .map((b) => {
      const evaluated = byBudgetYear.get(b.id) ?? [];
      const { projectsByLight, indicatorsByLight } = countLights(evaluated);
      const evaluations = evaluated.flatMap((p) => p.indicators.map((i) => i.evaluation));
      const reported = evaluations.filter((e) => e.reported).length;
      const budgetTotal = evaluated.reduce((sum, p) => sum + (p.project.total ?? 0), 0);
      const spent = evaluated.flatMap((p) => (p.budget.executed === null ? [] : [p.budget.executed]));
      const executed = spent.length === 0 ? null : spent.reduce((a, c) => a + c, 0);
      return {
        departmentId: b.departmentId,
        departmentName: b.departmentName,
        projectCount: evaluated.length,
        indicatorCount: evaluations.length,
        projectsByLight,
        indicatorsByLight,
        redProjects: projectsByLight.red,
        yellowProjects: projectsByLight.yellow,
        reportedIndicatorCount: reported,
        reportedRate: evaluations.length > 0 ? reported / evaluations.length : null,
        budgetTotal,
        executionRate: budgetTotal > 0 ? (executed ?? 0) / budgetTotal : null,
        budgetLight: budgetLight(executed, budgetTotal, t, settings),
      };
    });
  return { year, years, asOf, timeElapsed: t, rows };
}
