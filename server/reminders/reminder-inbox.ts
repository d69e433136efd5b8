/**
 * The owner's side of 催报: unread reminders in the bell and on the 待办 page, read once the page is opened. Marking
 * reminders read changes only the reader's own notifications, so it is not an audited change.
 */
import type { Db } from '@/db';
import { countUnreadReminders, listRecentReminders, markRemindersRead } from '@/db/queries/reminders';
import type { Actor } from '../auth/actor';

/** How many of the latest reminders the 待办 page shows. */
const RECENT = 10;

export type ReminderItem = ReturnType<typeof listRecentReminders>[number];

export function unreadReminderCount(db: Db, actor: Actor): number {
  return countUnreadReminders(db, actor.id);
}

/** The latest reminders in open rounds, read or not (unread ones have `readAt` null). */
export function recentReminders(db: Db, actor: Actor): ReminderItem[] {
  return listRecentReminders(db, actor.id, RECENT);
}

/** Marks the actor's unread reminders read; how many were. */
export function readReminders(db: Db, actor: Actor): number {
  return markRemindersRead(db, actor.id, new Date().toISOString());
}
