import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { indicators } from './indicators';
import { users } from './users';

/**
 * 佐证材料 (DOMAIN.md §9): a file attached to an indicator's entry for one month (`period`), or to its 自评 line
 * (`period` null). The bytes live in the data folder beside the database, named by their SHA-256 (content-addressed,
 * so the same file attached twice is stored once); this row holds what the pages show.
 */
export const attachments = sqliteTable(
  'attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: integer('indicator_id').notNull().references(() => indicators.id, { onDelete: 'cascade' }),
    period: text('period'),
    sha256: text('sha256').notNull(),
    /** The file name as uploaded, without any directory part. */
    name: text('name').notNull(),
    size: integer('size').notNull(),
    /** The MIME type found from the content, not from the name. */
    type: text('type').notNull(),
    userId: integer('user_id').notNull().references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('attachments_indicator_period').on(t.indicatorId, t.period), index('attachments_sha256').on(t.sha256)],
);

export type Attachment = typeof attachments.$inferSelect;
