import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** 留痕: every mutation and login, append-only (triggers in the migration refuse UPDATE and DELETE). */
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
  },
  (t) => [index('audit_log_at').on(t.at)],
);

export type AuditRecord = typeof auditLog.$inferSelect;
