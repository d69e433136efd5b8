/**
 * 待办 (DOMAIN.md §9): what a monitoring round asks of each person. Owners 待填报 (a project not yet submitted) and
 * 已退回 (returned with a comment); leaders 待审核 (submitted, waiting for their review). Days left are Beijing
 * calendar days from today to the deadline, the deadline day itself included: 0 is 今天截止, below 0 is overdue.
 */
import { calendarDaysBetween } from '../calendar/day-count';
import type { RoundProjectState } from './vocabulary';

export const TODO_KINDS = ['fill', 'returned', 'review'] as const;
export type TodoKind = (typeof TODO_KINDS)[number];
export const TODO_KIND_LABELS: Record<TodoKind, string> = { fill: '待填报', returned: '已退回', review: '待审核' };

/** Whose 待办 is worked out: the project's owner or the department's leader. */
export type TodoRole = 'owner' | 'leader';

/** One project of an open round as the database has it; `state` is null when the project has no row yet (未填报). */
export interface RoundProjectStanding {
  roundId: number;
  projectId: number;
  deadline: string;
  state: RoundProjectState | null;
}

export interface Todo {
  kind: TodoKind;
  roundId: number;
  projectId: number;
  deadline: string;
  daysLeft: number;
  overdue: boolean;
}

const KIND_OF: Record<TodoRole, Partial<Record<RoundProjectState, TodoKind>>> = {
  owner: { pending: 'fill', returned: 'returned' },
  leader: { submitted: 'review' },
};

/** What a project in this state asks of the role, or null when nothing (an owner's submitted project, any approved one). */
export function todoKindOf(state: RoundProjectState | null, role: TodoRole): TodoKind | null {
  return KIND_OF[role][state ?? 'pending'] ?? null;
}

/** The 待办 of `role` among the standings on `today` (YYYY-MM-DD, Beijing): the most urgent first. */
export function listTodos<S extends RoundProjectStanding>(standings: S[], role: TodoRole, today: string): (Todo & { standing: S })[] {
  return standings
    .flatMap((standing) => {
      const kind = todoKindOf(standing.state, role);
      if (!kind) return [];
      const daysLeft = calendarDaysBetween(today, standing.deadline);
      return [{ kind, roundId: standing.roundId, projectId: standing.projectId, deadline: standing.deadline, daysLeft, overdue: daysLeft < 0, standing }];
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || a.roundId - b.roundId || a.projectId - b.projectId);
}

/** 还剩 3 天, 今天截止, 已逾期 2 天. */
export function daysLeftLabel(daysLeft: number): string {
  if (daysLeft > 0) return `还剩 ${daysLeft} 天`;
  if (daysLeft === 0) return '今天截止';
  return `已逾期 ${-daysLeft} 天`;
}

/** Whether a project in this state may still be reminded (催报): not yet submitted nor approved. */
export function isRemindable(state: RoundProjectState | null): boolean {
  return todoKindOf(state, 'owner') !== null;
}
