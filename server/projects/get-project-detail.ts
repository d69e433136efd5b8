import type { Db } from '@/db';
import { listEntryHistory, type EntryWithAuthor } from '@/db/queries/indicators';
import { lockedThrough } from '@/db/queries/round-locks';
import { listOwnersOfProjects, type ProjectOwner, type ProjectWithContext } from '@/db/queries/projects';
import { listTargetChangesOf } from '@/db/queries/target-changes';
import { indicatorTrend, type BudgetEvaluation, type IndicatorEvaluation, type MonitoringSettings, type TrendPoint } from '@/lib/monitoring';
import type { Light, Period } from '@/lib/monitoring/types';
import type { Indicator } from '@/db/schema';
import type { Actor } from '../auth/actor';
import { isProjectOwner, requireReadableProject } from '../auth/access';
import { evaluateProjects } from '../monitoring/evaluate-projects';
import { ruleInputOf, targetOf } from '../monitoring/indicator-target';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { canDecideTargetChanges } from '../target-changes/approvers';
import { indicatorTargetChanges, type IndicatorTargetChanges } from '../target-changes/indicator-target-changes';

export interface IndicatorDetail extends IndicatorTargetChanges {
  indicator: Indicator;
  evaluation: IndicatorEvaluation;
  /** actual / target value, for the progress bar; null where it means nothing (qualitative, reverse). */
  progress: number | null;
  /** Where 序时进度 puts the expected actual on the same bar. */
  expectedProgress: number | null;
  /** Month-by-month actual against expected; empty for a qualitative indicator. */
  trend: TrendPoint[];
  history: EntryWithAuthor[];
}

export interface ProjectDetail {
  project: ProjectWithContext;
  owners: ProjectOwner[];
  light: Light;
  budget: BudgetEvaluation;
  indicators: IndicatorDetail[];
  canWrite: boolean;
  /** May approve or reject the project's target changes (the administrator; the leader when the setting says so). */
  canDecideTargetChanges: boolean;
  /** May set a target directly (the administrator). */
  canSetTarget: boolean;
  asOf: Period;
  /** The rules' settings, for the entry form's live preview (thresholds, 偏差原因 categories, plausibility). */
  settings: MonitoringSettings;
  /** The latest month an approved monitoring round has locked (it and every earlier month refuse changes), or null. */
  lockedThrough: Period | null;
  /** Cumulative 执行数 recorded per month up to the as-of month. */
  executions: { id: number; period: Period; amount: number }[];
}

function progressOf(indicator: Indicator, evaluation: IndicatorEvaluation): Pick<IndicatorDetail, 'progress' | 'expectedProgress'> {
  const target = targetOf(indicator);
  if (target.kind !== 'quantitative' || target.direction === 'lower' || !target.value || target.value <= 0) {
    return { progress: null, expectedProgress: null };
  }
  return {
    progress: evaluation.actual == null ? null : evaluation.actual / target.value,
    expectedProgress: evaluation.expected == null ? null : evaluation.expected / target.value,
  };
}

/** `asOfFor` picks the as-of month once the project's budget year is known. */
export function getProjectDetail(db: Db, actor: Actor, projectId: number, asOfFor: (year: number) => Period): ProjectDetail {
  const project = requireReadableProject(db, actor, projectId);
  const asOf = asOfFor(project.year);
  const settings = loadMonitoringSettings(db);
  const [evaluated] = evaluateProjects(db, [project], asOf, settings);
  const indicatorIds = evaluated.indicators.map((i) => i.indicator.id);
  const history = listEntryHistory(db, indicatorIds);
  const changes = listTargetChangesOf(db, indicatorIds);
  return {
    project,
    owners: listOwnersOfProjects(db, [project.id]).get(project.id) ?? [],
    light: evaluated.light,
    budget: evaluated.budget,
    canWrite: isProjectOwner(db, actor, project.id),
    settings,
    canDecideTargetChanges: canDecideTargetChanges(actor, settings, project.departmentId),
    canSetTarget: actor.role === 'admin',
    asOf,
    lockedThrough: lockedThrough(db, project.id),
    executions: evaluated.executions.map(({ id, period, amount }) => ({ id, period, amount })),
    indicators: evaluated.indicators.map(({ indicator, evaluation, entries }) => ({
      indicator,
      evaluation,
      ...progressOf(indicator, evaluation),
      trend: indicator.targetKind === 'quantitative' ? indicatorTrend({ ...ruleInputOf(indicator), entries, asOf }) : [],
      history: history.filter((h) => h.indicatorId === indicator.id),
      ...indicatorTargetChanges(changes, { indicator, entries }, asOf, settings),
    })),
  };
}
