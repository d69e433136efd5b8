import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { STORED_PASSWORD_CHANGE_REASONS } from '@/lib/auth/password-change';
import { ROLES } from '../../lib/auth/roles';
import { departments } from './departments';

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  departmentId: integer('department_id').references(() => departments.id),
  passwordHash: text('password_hash').notNull(),
  /** When the password was last set; with the expiry setting, when it must be changed again. */
  passwordChangedAt: text('password_changed_at').notNull(),
  /** Why the user must change the password before doing anything else (a one-time password, demo mode off); null: no need. */
  mustChangePassword: text('must_change_password', { enum: STORED_PASSWORD_CHANGE_REASONS }),
  /** A disabled account cannot sign in or use a token; null while enabled. */
  disabledAt: text('disabled_at'),
  createdAt: text('created_at').notNull(),
});

export type User = typeof users.$inferSelect;
