import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * 留痕: every mutation, sign-in and refused attempt, append-only (triggers in the migrations refuse UPDATE and
 * DELETE). Rows are chained: `hash` covers the row's content and `prev_hash`, the hash of the row before it, so an
 * edit or deletion made behind the triggers' back shows up in `npm run -s audit -- verify`.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: integer('user_id'),
    username: text('username'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    /** How the request came: `session`, `token`, `cli` or `system`. */
    channel: text('channel'),
    /** The API token's name when the channel is `token`. */
    tokenName: text('token_name'),
    /** The client's address as the app server saw it. */
    ip: text('ip'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [index('audit_log_at').on(t.at)],
);

export type AuditRecord = typeof auditLog.$inferSelect;
