import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ROLES } from '../../lib/auth/roles';
import { departments } from './departments';

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  departmentId: integer('department_id').references(() => departments.id),
  passwordHash: text('password_hash').notNull(),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: text('locked_until'),
  /** Sessions signed in before this instant are refused (set when the administrator resets the password). */
  sessionsValidAfter: text('sessions_valid_after'),
  createdAt: text('created_at').notNull(),
});

export type User = typeof users.$inferSelect;
