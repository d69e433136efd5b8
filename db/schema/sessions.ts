import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

export const SESSION_END_REASONS = ['logout', 'idle', 'rotated', 'password_change', 'password_reset', 'disabled'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/**
 * Signed-in sessions, kept on the server: the session cookie carries only the id, and every request checks this row
 * (ended, idle, its user disabled), so a session ended here ends everywhere.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    /** The client's address at sign-in. */
    ip: text('ip'),
    endedAt: text('ended_at'),
    endReason: text('end_reason', { enum: SESSION_END_REASONS }),
    /** The session this one took over from when the user changed their password (the cookie was re-issued). */
    replaces: text('replaces'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export type Session = typeof sessions.$inferSelect;
