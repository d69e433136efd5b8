/** Who may do what with a 自评: the owner evaluates, the department's leader reviews, the administrator reopens. */
import type { Db } from '@/db';
import type { ProjectWithContext } from '@/db/queries/projects';
import { formatTimestamp } from '@/lib/format/timestamp';
import { EDITABLE_STATUSES, SELF_EVALUATION_STATUS_LABELS, type SelfEvaluationStatus } from '@/lib/self-evaluation/vocabulary';
import type { SelfEvaluationRow } from '@/db/schema';
import type { Actor } from '../auth/actor';
import { isProjectOwner } from '../auth/access';
import { ConflictError, ForbiddenError } from '../errors';

export interface SelfEvaluationRights {
  edit: boolean;
  review: boolean;
  reopen: boolean;
}

export function isReviewer(actor: Actor, project: ProjectWithContext): boolean {
  return actor.role === 'leader' && actor.departmentId === project.departmentId;
}

export function rightsOf(db: Db, actor: Actor, project: ProjectWithContext, status: SelfEvaluationStatus): SelfEvaluationRights {
  return {
    edit: EDITABLE_STATUSES.includes(status) && isProjectOwner(db, actor, project.id),
    review: status === 'submitted' && isReviewer(actor, project),
    reopen: actor.role === 'admin' && (status === 'submitted' || status === 'approved'),
  };
}

export function requireEvaluator(db: Db, actor: Actor, project: ProjectWithContext): void {
  if (!isProjectOwner(db, actor, project.id)) throw new ForbiddenError('只有该项目的负责人可以填写和提交自评');
}

export function requireReviewer(actor: Actor, project: ProjectWithContext): void {
  if (!isReviewer(actor, project)) throw new ForbiddenError('只有本部门的部门领导可以审核自评');
}

export function requireReopener(actor: Actor): void {
  if (actor.role !== 'admin') throw new ForbiddenError('只有系统管理员可以重新打开自评');
}

const stateOf = (row: SelfEvaluationRow | null) => row?.status ?? 'draft';

/** The owner changes a draft or a returned evaluation only. */
export function refuseUnlessEditable(row: SelfEvaluationRow | null): void {
  const status = stateOf(row);
  if (EDITABLE_STATUSES.includes(status)) return;
  const why = status === 'approved' ? '，如需修改请系统管理员重新打开' : '，等待部门领导审核';
  throw new ConflictError(`该自评${SELF_EVALUATION_STATUS_LABELS[status]}（${formatTimestamp(row!.updatedAt)}）${why}，不能修改`);
}

export function refuseUnlessStatus(row: SelfEvaluationRow | null, allowed: readonly SelfEvaluationStatus[], action: string): void {
  const status = stateOf(row);
  if (allowed.includes(status)) return;
  throw new ConflictError(`该自评当前为“${SELF_EVALUATION_STATUS_LABELS[status]}”，不能${action}`);
}
