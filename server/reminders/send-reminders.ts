/**
 * 催报 (DOMAIN.md §9): the department's leader reminds the owners of a project not yet submitted in an open round, or
 * of every such project at once. Every reminder is a row of the `reminders` table, written here and only here, and is
 * shown in the owner's 待办 and bell (server/reminders/reminder-inbox.ts). Delivery outside the app (e-mail, SMS,
 * 政务微信) is a later step: a sender would read the rows this module writes, without any other part changing.
 */
import type { Db, DbOrTx } from '@/db';
import { insertReminders } from '@/db/queries/reminders';
import { departmentStandings, findRoundOfDepartment, projectOwnerIds, type RoundStanding } from '@/db/queries/round-standings';
import type { MonitoringRound } from '@/db/schema';
import { isRemindable } from '@/lib/rounds/todos';
import { ROUND_PROJECT_STATE_LABELS } from '@/lib/rounds/vocabulary';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';

export interface ProjectReminded {
  roundId: number;
  projectId: number;
  /** How many owners were reminded. */
  reminded: number;
  sentAt: string;
}

export interface RoundReminded {
  roundId: number;
  /** The projects whose owners were reminded. */
  projectIds: number[];
  reminded: number;
  sentAt: string;
}

/** The open round the leader may remind in: 403 for anyone but the leader of the round's department, 409 once closed. */
function requireRemindableRound(db: Db, actor: Actor, roundId: number): MonitoringRound & { departmentId: number } {
  if (actor.role !== 'leader') throw new ForbiddenError('只有本部门的部门领导可以催报');
  const round = Number.isSafeInteger(roundId) ? findRoundOfDepartment(db, roundId) : undefined;
  if (!round) throw new NotFoundError('监控轮次不存在');
  if (round.departmentId !== actor.departmentId) throw new ForbiddenError('只有本部门的部门领导可以催报');
  if (round.status !== 'open') throw new ConflictError('该监控轮次已关闭，不能催报');
  return round;
}

/** Writes one project's reminders (one per owner), its 催报 step and the audit row; how many owners. */
function remind(tx: DbOrTx, actor: Actor, standing: RoundStanding, owners: number[], sentAt: string): number {
  insertReminders(
    tx,
    owners.map((userId) => ({ roundId: standing.roundId, projectId: standing.projectId, userId, sentBy: actor.id, sentAt })),
  );
  recordAudit(tx, {
    actor,
    action: 'round.remind',
    entity: 'project',
    entityId: standing.projectId,
    after: { roundId: standing.roundId, period: standing.period, state: standing.state ?? 'pending', owners },
  });
  return owners.length;
}

/** 催报 one project: it must be in the round and not yet submitted nor approved, and have an owner to remind. */
export function remindProject(db: Db, actor: Actor, roundId: number, projectId: number): ProjectReminded {
  const round = requireRemindableRound(db, actor, roundId);
  const standing = departmentStandings(db, round.departmentId, round.id).find((s) => s.projectId === projectId);
  if (!standing) throw new NotFoundError('该项目不在本监控轮次中');
  if (!isRemindable(standing.state)) throw new ConflictError(`该项目${ROUND_PROJECT_STATE_LABELS[standing.state!]}，无需催报`);
  const owners = projectOwnerIds(db, projectId);
  if (owners.length === 0) throw new ConflictError('该项目尚未指定项目负责人，无人可催报；请系统管理员先指定负责人');
  const sentAt = new Date().toISOString();
  const reminded = db.transaction((tx) => remind(tx, actor, standing, owners, sentAt));
  return { roundId, projectId, reminded, sentAt };
}

/** 全部催报: every project of the round not yet submitted nor approved that has an owner, in one transaction. */
export function remindRound(db: Db, actor: Actor, roundId: number): RoundReminded {
  const round = requireRemindableRound(db, actor, roundId);
  const due = departmentStandings(db, round.departmentId, round.id)
    .filter((s) => isRemindable(s.state))
    .map((standing) => ({ standing, owners: projectOwnerIds(db, standing.projectId) }))
    .filter(({ owners }) => owners.length > 0);
  const sentAt = new Date().toISOString();
  const reminded = db.transaction((tx) => due.reduce((sum, { standing, owners }) => sum + remind(tx, actor, standing, owners, sentAt), 0));
  return { roundId, projectIds: due.map(({ standing }) => standing.projectId), reminded, sentAt };
}
