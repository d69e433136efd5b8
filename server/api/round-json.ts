/** Rounds and a project's state in a round as the REST API sends them (shapes in schemas/round.ts). */
import type { RoundSummary } from '../rounds/manage-rounds';
import type { RoundProjectView } from '../rounds/round-view';
import type { RoundJson, RoundProjectJson } from './schemas/round';

export function roundJson(round: RoundSummary): RoundJson {
  const { id, year, departmentId, departmentName, period, deadline, official, status, openedAt, closedAt, counts } = round;
  return { id, year, departmentId, departmentName, period, deadline, official, status, openedAt, closedAt, counts };
}

export function roundProjectJson(view: RoundProjectView): RoundProjectJson {
  return {
    roundId: view.round.id,
    projectId: view.project.id,
    projectName: view.project.name,
    period: view.round.period,
    deadline: view.round.deadline,
    roundStatus: view.round.status,
    state: view.state,
    comment: view.comment,
    updatedAt: view.updatedAt,
    missing: view.missing,
    history: view.events.map((e) => ({ kind: e.kind, comment: e.comment, by: e.userName, at: e.at })),
  };
}
