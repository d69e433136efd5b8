import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** Sessions ended by 退出: their cookies are refused even if replayed or re-issued before they expire. */
export const revokedSessions = sqliteTable('revoked_sessions', {
  sid: text('sid').primaryKey(),
  userId: integer('user_id').notNull().references(() => users.id),
  revokedAt: text('revoked_at').notNull(),
});
