import type { Db } from '@/db';
import type { BudgetExecution, Entry, Indicator, Project } from '@/db/schema';
import { listCurrentExecutions } from '@/db/queries/budget-executions';
import { listCurrentEntries, listIndicatorsOfProjects } from '@/db/queries/indicators';
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
 * Every figure and light of the given projects as of a month: three queries, then pure domain rules. Callers
 * that need the settings themselves pass them in, so they are read once per request.
 */
export function evaluateProjects(db: Db, projects: Project[], asOf: Period, settings = loadMonitoringSettings(db)): EvaluatedProject[] {
  const projectIds = projects.map((p) => p.id);
  const indicators = groupBy(listIndicatorsOfProjects(db, projectIds), (i) => i.projectId);
  const allIndicatorIds = [...indicators.values()].flat().map((i) => i.id);
  const entries = groupBy(listCurrentEntries(db, allIndicatorIds, asOf), (e) => e.indicatorId);
  const executions = groupBy(listCurrentExecutions(db, projectIds, asOf), (e) => e.projectId);

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
