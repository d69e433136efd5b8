/**
 * The steps of a project in a round (DOMAIN.md §9): the owner submits (refused, listing each missing item, until the
 * round's month is complete), the department's leader approves or returns it with a comment, the administrator
 * reopens a submitted or approved one with a reason (back to 已退回, so the owner may change and submit it again).
 * Each step: right → input → rules → one transaction with its 流转记录 row and its audit row.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { findRoundProject } from '@/db/queries/rounds';
import { roundEvents, roundProjects } from '@/db/schema';
import { stepRefusal, STEP_TO, type RoundStep } from '@/lib/rounds/steps';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { ConflictError, SubmissionIncompleteError } from '../errors';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { decisionSchema, parseOrRefuse, reopenSchema } from '../self-evaluation/self-evaluation-input';
import { refuseClosedRound, requireStepRight } from './round-rights';
import { loadRoundProject, missingForRound, roundProjectViewOf, type RoundProjectView } from './round-view';

/** The comment a step carries: none for 送审, optional for 通过, required for 退回, a reason for 重新打开. */
function commentOf(db: Db, step: RoundStep, body: unknown): string {
  const max = loadMonitoringSettings(db).noteMaxLength;
  if (step === 'submit') return '';
  if (step === 'reopen') return parseOrRefuse(reopenSchema(max), body).reason;
  return parseOrRefuse(decisionSchema(max, step === 'return'), body).comment;
}

export function takeRoundStep(db: Db, actor: Actor, roundId: number, projectId: number, step: RoundStep, body: unknown = {}): RoundProjectView {
  const { round, project } = loadRoundProject(db, actor, roundId, projectId);
  requireStepRight(db, actor, round, project.id, step);
  const comment = commentOf(db, step, body);
  refuseClosedRound(round);
  const row = findRoundProject(db, round.id, project.id);
  const from = row?.state ?? 'pending';
  const refusal = stepRefusal(step, from);
  if (refusal) throw new ConflictError(refusal);
  if (step === 'submit') {
    const missing = missingForRound(db, round, project);
    if (missing.length > 0) throw new SubmissionIncompleteError(missing);
  }

  db.transaction((tx) => {
    const at = new Date().toISOString();
    const to = STEP_TO[step];
    const values = { state: to, comment, updatedBy: actor.id, updatedAt: at };
    if (row) {
      const { changes } = tx
        .update(roundProjects)
        .set(values)
        .where(and(eq(roundProjects.id, row.id), eq(roundProjects.state, from)))
        .run();
      if (changes !== 1) throw new ConflictError('该项目已被他人处理，请刷新后查看');
    } else {
      const { changes } = tx.insert(roundProjects).values({ roundId: round.id, projectId: project.id, ...values }).onConflictDoNothing().run();
      if (changes !== 1) throw new ConflictError('该项目已被他人处理，请刷新后查看');
    }
    tx.insert(roundEvents).values({ roundId: round.id, projectId: project.id, kind: step, comment, userId: actor.id, at }).run();
    recordAudit(tx, {
      actor,
      action: `round.${step}`,
      entity: 'project',
      entityId: project.id,
      before: { roundId: round.id, period: round.period, state: from },
      after: { roundId: round.id, period: round.period, state: to, ...(comment && { comment }) },
    });
  });
  return roundProjectViewOf(db, actor, round, project);
}
