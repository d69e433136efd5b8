import { and, count, desc, eq, isNull, max } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { monitoringRounds, projects, reminders, roundEvents, users } from '../schema';

export interface NewReminder {
  roundId: number;
  projectId: number;
  userId: number;
  sentBy: number;
  sentAt: string;
}

/** Writes the reminders and the project's 催报 step in its 流转记录. */
export function insertReminders(db: DbOrTx, rows: NewReminder[]): void {
  if (rows.length === 0) return;
  db.insert(reminders).values(rows).run();
  const { roundId, projectId, sentBy, sentAt } = rows[0]!;
  db.insert(roundEvents).values({ roundId, projectId, kind: 'remind', comment: '', userId: sentBy, at: sentAt }).run();
}

/** Unread reminders of open rounds: those the 待办 page lists (a closed round's reminders no longer ask anything). */
export function countUnreadReminders(db: DbOrTx, userId: number): number {
  return (
    db
      .select({ n: count() })
      .from(reminders)
      .innerJoin(monitoringRounds, eq(monitoringRounds.id, reminders.roundId))
      .where(and(eq(reminders.userId, userId), isNull(reminders.readAt), eq(monitoringRounds.status, 'open')))
      .get()?.n ?? 0
  );
}

/**
 * A user's latest reminders in open rounds (`limit` of them), the newest first, with the project, the round's month
 * and deadline, who sent them and whether they have been read.
 */
export function listRecentReminders(db: DbOrTx, userId: number, limit: number) {
  return db
    .select({
      id: reminders.id,
      roundId: reminders.roundId,
      projectId: reminders.projectId,
      projectName: projects.name,
      period: monitoringRounds.period,
      official: monitoringRounds.official,
      deadline: monitoringRounds.deadline,
      sentByName: users.displayName,
      sentAt: reminders.sentAt,
      readAt: reminders.readAt,
    })
    .from(reminders)
    .innerJoin(projects, eq(projects.id, reminders.projectId))
    .innerJoin(monitoringRounds, eq(monitoringRounds.id, reminders.roundId))
    .innerJoin(users, eq(users.id, reminders.sentBy))
    .where(and(eq(reminders.userId, userId), eq(monitoringRounds.status, 'open')))
    .orderBy(desc(reminders.id))
    .limit(limit)
    .all();
}

/** Marks every unread reminder of the user read; how many were. */
export function markRemindersRead(db: DbOrTx, userId: number, at: string): number {
  return db.update(reminders).set({ readAt: at }).where(and(eq(reminders.userId, userId), isNull(reminders.readAt))).run().changes;
}

/** When each project of the user's (or, with null, anyone's) reminders was last reminded, by `roundId:projectId`. */
export function lastRemindedAt(db: DbOrTx, userId: number | null): Map<string, string> {
  const rows = db
    .select({ roundId: reminders.roundId, projectId: reminders.projectId, at: max(reminders.sentAt) })
    .from(reminders)
    .where(userId === null ? undefined : eq(reminders.userId, userId))
    .groupBy(reminders.roundId, reminders.projectId)
    .all();
  return new Map(rows.map((r) => [`${r.roundId}:${r.projectId}`, r.at ?? '']));
}
