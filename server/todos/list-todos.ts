/** The caller's 待办 (DOMAIN.md §9) from the open monitoring rounds: owners 待填报 and 已退回, leaders 待审核. */
import { cache } from 'react';
import type { Db } from '@/db';
import { lastRemindedAt } from '@/db/queries/reminders';
import { departmentStandings, ownerStandings } from '@/db/queries/round-standings';
import { beijingDay } from '@/lib/calendar/shanghai';
import { listTodos, type Todo } from '@/lib/rounds/todos';
import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../errors';

export interface TodoItem extends Todo {
  projectName: string;
  /** The month the round covers (YYYY-MM). */
  period: string;
  official: boolean;
  /** The leader's comment when the project was returned, else ''. */
  comment: string;
  /** When the caller was last reminded of it (owners), else null. */
  remindedAt: string | null;
}

/**
 * The actor's 待办 on the Beijing day of `now`, the most urgent first; administrators and auditors have none. Read once
 * per request (React `cache`): the navigation's count and the 待办 page of one render share it.
 */
export const listTodosOf = cache(function listTodosOf(db: Db, actor: Actor, now = new Date()): TodoItem[] {
  const role = actor.role === 'owner' ? 'owner' : actor.role === 'leader' && actor.departmentId !== null ? 'leader' : null;
  if (!role) return [];
  const standings = role === 'owner' ? ownerStandings(db, actor.id) : departmentStandings(db, actor.departmentId!);
  const reminded = role === 'owner' ? lastRemindedAt(db, actor.id) : new Map<string, string>();
  return listTodos(standings, role, beijingDay(now)).map(({ standing, ...todo }) => ({
    ...todo,
    projectName: standing.projectName,
    period: standing.period,
    official: standing.official,
    comment: todo.kind === 'returned' ? standing.comment : '',
    remindedAt: reminded.get(`${todo.roundId}:${todo.projectId}`) ?? null,
  }));
});

/** GET /api/v1/todos: the auditor, who reads only the audit log, is refused as on every monitoring route. */
export function getTodos(db: Db, actor: Actor): TodoItem[] {
  if (actor.role === 'auditor') throw new ForbiddenError('审计员只能查看审计日志，没有待办');
  return listTodosOf(db, actor);
}
