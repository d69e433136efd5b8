/**
 * Who may do what in a monitoring round: the administrator opens, closes and reopens; a project's own 项目负责人
 * submits it; the leader of its department approves or returns it, never a project they are themselves an owner of.
 * Reading follows canReadDepartment, so every role that reads a department reads its rounds.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { projectOwners } from '@/db/schema';
import type { RoundWithContext } from '@/db/queries/rounds';
import { stepRefusal, type RoundStep } from '@/lib/rounds/steps';
import type { RoundProjectState } from '@/lib/rounds/vocabulary';
import type { Actor } from '../auth/actor';
import { canReadDepartment, isProjectOwner } from '../auth/access';
import { formatPeriod } from '@/lib/format/number';
import { ConflictError, ForbiddenError } from '../errors';

export function requireRoundAdmin(actor: Actor, what: string): void {
  if (actor.role !== 'admin') throw new ForbiddenError(`只有系统管理员可以${what}`);
}

export function requireReadableRound(actor: Actor, round: RoundWithContext): void {
  if (!canReadDepartment(actor, round.departmentId)) throw new ForbiddenError('无权查看该部门的监控轮次');
}

/** Listed among the project's owners, whatever the user's role is now (a former owner who became its leader). */
function ownsProject(db: Db, actor: Actor, projectId: number): boolean {
  const row = db.select().from(projectOwners).where(and(eq(projectOwners.projectId, projectId), eq(projectOwners.userId, actor.id))).get();
  return row !== undefined;
}

export function isRoundReviewer(actor: Actor, round: RoundWithContext): boolean {
  return actor.role === 'leader' && actor.departmentId === round.departmentId;
}

/** Why the actor may not take `step` for the project, or null when they may. */
function rightRefusal(db: Db, actor: Actor, round: RoundWithContext, projectId: number, step: RoundStep): string | null {
  if (step === 'submit') return isProjectOwner(db, actor, projectId) ? null : '只有该项目的负责人可以送审';
  if (step === 'reopen') return actor.role === 'admin' ? null : '只有系统管理员可以重新打开已送审或已通过的项目';
  if (!isRoundReviewer(actor, round)) return '只有本部门的部门领导可以审核';
  return ownsProject(db, actor, projectId) ? '不能审核自己负责的项目，请由本部门其他领导审核' : null;
}

export function requireStepRight(db: Db, actor: Actor, round: RoundWithContext, projectId: number, step: RoundStep): void {
  const refusal = rightRefusal(db, actor, round, projectId, step);
  if (refusal) throw new ForbiddenError(refusal);
}

/** Which steps the actor could take now, in an open round from the project's state (the page shows only those buttons). */
export function stepRightsOf(db: Db, actor: Actor, round: RoundWithContext, projectId: number, state: RoundProjectState): Record<RoundStep, boolean> {
  const may = (step: RoundStep) => round.status === 'open' && stepRefusal(step, state) === null && rightRefusal(db, actor, round, projectId, step) === null;
  return { submit: may('submit'), approve: may('approve'), return: may('return'), reopen: may('reopen') };
}

export function refuseClosedRound(round: RoundWithContext): void {
  if (round.status === 'closed') throw new ConflictError(`${round.departmentName} ${formatPeriod(round.period)}的监控轮次已关闭，不能再送审、审核或重新打开`);
}
