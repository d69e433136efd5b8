import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** Bearer tokens for the REST API; only a SHA-256 hash of the secret is stored. */
export const apiTokens = sqliteTable('api_tokens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  userId: integer('user_id').notNull().references(() => users.id),
  tokenHash: text('token_hash').notNull().unique(),
  label: text('label').notNull().default(''),
  createdAt: text('created_at').notNull(),
  lastUsedAt: text('last_used_at'),
  revokedAt: text('revoked_at'),
});

export type ApiToken = typeof apiTokens.$inferSelect;
