import type { Db } from '@/db';
import type { BudgetExecution, Entry, Indicator, Project } from '@/db/schema';
import { listCurrentExecutionsIn } from '@/db/queries/budget-executions';
import type { FigureScope } from '@/db/queries/indicator-figures';
import { listCurrentEntriesIn, listIndicatorsIn } from '@/db/queries/indicators';
import { evaluateBudget, evaluateIndicator, projectLight, type BudgetEvaluation, type IndicatorEvaluation } from '@/lib/monitoring';
import type { Light, Period } from '@/lib/monitoring/types';
import { loadMonitoringSettings } from './monitoring-settings';
import { ruleInputOf } from './indicator-target';

export interface EvaluatedIndicator {
  indicator: Indicator;
  evaluation: IndicatorEvaluation;
  entries: Entry[];
}

export interface EvaluatedProject {
  project: Project;
  indicators: EvaluatedIndicator[];
  light: Light;
  budget: BudgetEvaluation;
  /** The project's current cumulative 执行数 rows up to the as-of month, oldest first. */
  executions: BudgetExecution[];
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * Every figure and light of the given projects as of a month, with their entries (the project page, the 监控表): the
 * rows are fetched joined on the projects' budget year (or on the one project), so no list of ids grows with the
 * department, then the pure domain rules judge them. Callers that need the settings themselves pass them in, so they
 * are read once per request. Pages that need only the figures use figureProjects, which reads aggregates instead.
 */
export function evaluateProjects(db: Db, projects: Project[], asOf: Period, settings = loadMonitoringSettings(db)): EvaluatedProject[] {
  const scopes: FigureScope[] =
    projects.length === 1 ? [{ projectId: projects[0]!.id }] : [...new Set(projects.map((p) => p.budgetYearId))].map((budgetYearId) => ({ budgetYearId }));
  const indicators = groupBy(scopes.flatMap((scope) => listIndicatorsIn(db, scope)), (i) => i.projectId);
  const entries = groupBy(scopes.flatMap((scope) => listCurrentEntriesIn(db, scope, asOf)), (e) => e.indicatorId);
  const executions = groupBy(scopes.flatMap((scope) => listCurrentExecutionsIn(db, scope, asOf)), (e) => e.projectId);

  return projects.map((project) => {
    const spent = executions.get(project.id) ?? [];
    const evaluated = (indicators.get(project.id) ?? []).map((indicator) => {
      const mine = entries.get(indicator.id) ?? [];
      const evaluation = evaluateIndicator({ ...ruleInputOf(indicator), entries: mine, asOf, settings });
      return { indicator, evaluation, entries: mine };
    });
    return {
      project,
      indicators: evaluated,
      light: projectLight(evaluated.map((i) => i.evaluation.light)),
      budget: evaluateBudget({ total: project.total, executions: spent, asOf, settings }),
      executions: spent,
    };
  });
}
