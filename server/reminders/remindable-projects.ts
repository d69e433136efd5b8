/** For the leader's 催报: per open round of the department, the projects not yet submitted, their owners and last reminder. */
import type { Db } from '@/db';
import { lastRemindedAt } from '@/db/queries/reminders';
import { departmentStandings, ownerNamesOf, type RoundStanding } from '@/db/queries/round-standings';
import { beijingDay } from '@/lib/calendar/shanghai';
import { calendarDaysBetween } from '@/lib/calendar/day-count';
import { isRemindable } from '@/lib/rounds/todos';
import type { Actor } from '../auth/actor';

export interface RemindableProject extends RoundStanding {
  owners: string[];
  remindedAt: string | null;
}

export interface RoundToRemind {
  roundId: number;
  period: string;
  deadline: string;
  daysLeft: number;
  official: boolean;
  projects: RemindableProject[];
}

/** The department's open rounds with a project still to submit; empty for anyone but a leader. */
export function listRoundsToRemind(db: Db, actor: Actor, now = new Date()): RoundToRemind[] {
  if (actor.role !== 'leader' || actor.departmentId === null) return [];
  const due = departmentStandings(db, actor.departmentId).filter((s) => isRemindable(s.state));
  const owners = ownerNamesOf(db, due.map((s) => s.projectId));
  const reminded = lastRemindedAt(db, null);
  const rounds = new Map<number, RoundToRemind>();
  for (const s of due) {
    const round = rounds.get(s.roundId) ?? { roundId: s.roundId, period: s.period, deadline: s.deadline, daysLeft: calendarDaysBetween(beijingDay(now), s.deadline), official: s.official, projects: [] };
    round.projects.push({ ...s, owners: owners.get(s.projectId) ?? [], remindedAt: reminded.get(`${s.roundId}:${s.projectId}`) ?? null });
    rounds.set(s.roundId, round);
  }
  return [...rounds.values()];
}
