/** One project in one round as its page and the API show it: state, latest comment, 流转记录, what is missing, rights. */
import type { Db } from '@/db';
import type { ProjectWithContext } from '@/db/queries/projects';
import { findOpenRound, findRoundProject, listRoundEvents, listRoundsOfYear, type RoundEventWithAuthor, type RoundWithContext } from '@/db/queries/rounds';
import { submissionMissing } from '@/lib/rounds/missing';
import type { RoundStep } from '@/lib/rounds/steps';
import type { RoundProjectState } from '@/lib/rounds/vocabulary';
import type { Actor } from '../auth/actor';
import { requireReadableProject } from '../auth/access';
import { NotFoundError } from '../errors';
import { evaluateProjects } from '../monitoring/evaluate-projects';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { requireReadableRoundById } from './manage-rounds';
import { stepRightsOf } from './round-rights';

export interface RoundProjectView {
  round: RoundWithContext;
  project: ProjectWithContext;
  state: RoundProjectState;
  comment: string;
  updatedAt: string | null;
  events: RoundEventWithAuthor[];
  /** What the project still lacks for the round's month (empty: it may be submitted). */
  missing: string[];
  rights: Record<RoundStep, boolean>;
}

/** The round and the project, both readable by the actor, the project one of the round's department–year. */
export function loadRoundProject(db: Db, actor: Actor, roundId: number, projectId: number) {
  const round = requireReadableRoundById(db, actor, roundId);
  const project = requireReadableProject(db, actor, projectId);
  if (project.budgetYearId !== round.budgetYearId) throw new NotFoundError('该项目不属于本轮次的部门年度');
  return { round, project };
}

/** Each missing item before the project may be submitted for the round's month. */
export function missingForRound(db: Db, round: RoundWithContext, project: ProjectWithContext): string[] {
  const settings = loadMonitoringSettings(db);
  const [evaluated] = evaluateProjects(db, [project], round.period, settings);
  const indicators = evaluated.indicators.map(({ indicator, evaluation, entries }) => ({
    name: indicator.name,
    light: evaluation.light,
    entry: entries.find((e) => e.period === round.period) ?? null,
  }));
  return submissionMissing(round.period, indicators, evaluated.executions.some((e) => e.period === round.period), settings);
}

export function roundProjectViewOf(db: Db, actor: Actor, round: RoundWithContext, project: ProjectWithContext): RoundProjectView {
  const row = findRoundProject(db, round.id, project.id);
  const state = row?.state ?? 'pending';
  return {
    round,
    project,
    state,
    comment: row?.comment ?? '',
    updatedAt: row?.updatedAt ?? null,
    events: listRoundEvents(db, round.id, project.id),
    missing: missingForRound(db, round, project),
    rights: stepRightsOf(db, actor, round, project.id, state),
  };
}

export function getRoundProject(db: Db, actor: Actor, roundId: number, projectId: number): RoundProjectView {
  const { round, project } = loadRoundProject(db, actor, roundId, projectId);
  return roundProjectViewOf(db, actor, round, project);
}

/**
 * The round a project page shows: the department–year's open round (the latest month), else its latest round; null
 * when none was ever opened.
 */
export function projectRoundView(db: Db, actor: Actor, project: ProjectWithContext): RoundProjectView | null {
  const round = findOpenRound(db, project.budgetYearId) ?? listRoundsOfYear(db, project.year, project.departmentId)[0];
  return round ? roundProjectViewOf(db, actor, round, project) : null;
}
