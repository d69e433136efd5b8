/**
 * 待审核: the projects submitted in open rounds that wait for a leader's decision — a leader's own department, every
 * department for the administrator (who reads them but does not decide).
 */
import type { Db } from '@/db';
import { listBudgetYears } from '@/db/queries/budget-years';
import { listOwnersOfProjects } from '@/db/queries/projects';
import { listOpenRounds, listRoundProjectsInState, type RoundWithContext } from '@/db/queries/rounds';
import type { Actor } from '../auth/actor';
import { canReadDepartment } from '../auth/access';
import { ForbiddenError } from '../errors';
import { isRoundReviewer } from './round-rights';

export interface ReviewItem {
  round: RoundWithContext;
  projectId: number;
  projectName: string;
  owners: string[];
  submittedAt: string;
}

export function listReviewQueue(db: Db, actor: Actor): { items: ReviewItem[]; canDecide: boolean } {
  if (actor.role !== 'leader' && actor.role !== 'admin') throw new ForbiddenError('待审核只对部门领导和系统管理员开放');
  const budgetYears = listBudgetYears(db, null).filter((b) => canReadDepartment(actor, b.departmentId));
  const rounds = new Map(listOpenRounds(db, budgetYears.map((b) => b.id)).map((r) => [r.id, r]));
  const waiting = listRoundProjectsInState(db, [...rounds.keys()], 'submitted');
  const owners = listOwnersOfProjects(db, waiting.map((w) => w.projectId));
  const items = waiting.map((w) => ({
    round: rounds.get(w.roundId)!,
    projectId: w.projectId,
    projectName: w.projectName,
    owners: (owners.get(w.projectId) ?? []).map((o) => o.displayName),
    submittedAt: w.updatedAt,
  }));
  return { items, canDecide: items.some((i) => isRoundReviewer(actor, i.round)) };
}

/**
 * How many projects wait for review, beside the administrator's 待审核 link; null for everyone else (a leader counts them
 * in 待办, server/todos/list-todos.ts).
 */
export function reviewQueueCount(db: Db, actor: Actor): number | null {
  if (actor.role !== 'admin') return null;
  return listReviewQueue(db, actor).items.length;
}
