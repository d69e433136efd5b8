/**
 * The owner's side of 催报: unread reminders in the bell and on the 待办 page, read once the page is opened. Marking
 * reminders read changes only the reader's own notifications, so it is not an audited change.
 */
import type { Db } from '@/db';
import { countUnreadReminders, listUnreadReminders, markRemindersRead } from '@/db/queries/reminders';
import type { Actor } from '../auth/actor';

export type UnreadReminder = ReturnType<typeof listUnreadReminders>[number];

export function unreadReminderCount(db: Db, actor: Actor): number {
  return countUnreadReminders(db, actor.id);
}

export function unreadReminders(db: Db, actor: Actor): UnreadReminder[] {
  return listUnreadReminders(db, actor.id);
}

/** Marks the actor's unread reminders read; how many were. */
export function readReminders(db: Db, actor: Actor): number {
  return markRemindersRead(db, actor.id, new Date().toISOString());
}
