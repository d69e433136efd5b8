import type { Db } from '@/db';
import {
  listCumulativeSums,
  listIndicatorFigures,
  listProjectFigures,
  type FigureScope,
  type IndicatorSummary,
  type ProjectSummary,
} from '@/db/queries/indicator-figures';
import { actualOfAggregate, evaluateBudget, isReportedAtLatest, judgeIndicator, projectLight, type BudgetEvaluation, type IndicatorEvaluation } from '@/lib/monitoring';
import type { Light, Period } from '@/lib/monitoring/types';
import { ruleInputOf } from './indicator-target';
import { loadMonitoringSettings } from './monitoring-settings';

export interface FiguredIndicator {
  indicator: IndicatorSummary;
  evaluation: IndicatorEvaluation;
}

export interface FiguredProject {
  project: ProjectSummary;
  indicators: FiguredIndicator[];
  light: Light;
  budget: BudgetEvaluation;
}

/**
 * Every figure and light of a department–year's projects (or one owner's, or one project) as of a month: the database
 * aggregates the entries (db/queries/indicator-figures.ts) and the lib/monitoring rules judge the aggregates, so the
 * cost follows the number of indicators, not of entries. Gives what evaluateProjects gives on the same data.
 */
export function figureProjects(db: Db, scope: FigureScope, asOf: Period, settings = loadMonitoringSettings(db)): FiguredProject[] {
  const projects = listProjectFigures(db, scope, asOf);
  const sums = listCumulativeSums(db, scope, asOf);
  const byProject = new Map<number, FiguredIndicator[]>();
  for (const { latest, ...indicator } of listIndicatorFigures(db, scope, asOf)) {
    const rules = ruleInputOf(indicator);
    const actual = actualOfAggregate(rules.target, rules.mode, { latest, sums: sums.get(indicator.id) ?? [] });
    const evaluation = judgeIndicator({ ...rules, asOf, settings, actual, reported: isReportedAtLatest(actual.latestPeriod, asOf) });
    const list = byProject.get(indicator.projectId);
    if (list) list.push({ indicator, evaluation });
    else byProject.set(indicator.projectId, [{ indicator, evaluation }]);
  }
  return projects.map(({ executed, ...project }) => {
    const indicators = byProject.get(project.id) ?? [];
    return {
      project,
      indicators,
      light: projectLight(indicators.map((i) => i.evaluation.light)),
      budget: evaluateBudget({ total: project.total, executions: executed ? [executed] : [], asOf, settings }),
    };
  });
}
