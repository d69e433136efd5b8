import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { TOKEN_REVOKE_REASONS } from '@/lib/auth/token-state';
import { users } from './users';


/** Bearer tokens for the REST API; only a SHA-256 hash of the secret is stored. */
export const apiTokens = sqliteTable('api_tokens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  userId: integer('user_id').notNull().references(() => users.id),
  tokenHash: text('token_hash').notNull().unique(),
  name: text('name').notNull().default(''),
  createdAt: text('created_at').notNull(),
  expiresAt: text('expires_at').notNull(),
  lastUsedAt: text('last_used_at'),
  revokedAt: text('revoked_at'),
  revokeReason: text('revoke_reason', { enum: TOKEN_REVOKE_REASONS }),
});

export type ApiToken = typeof apiTokens.$inferSelect;
