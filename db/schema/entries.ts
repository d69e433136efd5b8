import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { POSSIBILITIES, QUALITATIVE_STATUSES } from '../../lib/monitoring/types';
import { indicators } from './indicators';
import { users } from './users';

/**
 * An actual value logged for one indicator and month. A replaced entry stays as history
 * (superseded_at set); at most one current entry per indicator and period.
 */
export const entries = sqliteTable(
  'entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: integer('indicator_id').notNull().references(() => indicators.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    value: real('value'),
    unit: text('unit'),
    status: text('status', { enum: QUALITATIVE_STATUSES }),
    forecast: real('forecast'),
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    explanation: text('explanation').notNull().default(''),
    possibility: text('possibility', { enum: POSSIBILITIES }),
    note: text('note').notNull().default(''),
    /** The plausibility warnings the owner confirmed when saving (DOMAIN.md §5), shown beside the entry. */
    confirmedWarnings: text('confirmed_warnings', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    userId: integer('user_id').notNull().references(() => users.id),
    createdAt: text('created_at').notNull(),
    supersededAt: text('superseded_at'),
  },
  (t) => [
    uniqueIndex('entries_current').on(t.indicatorId, t.period).where(sql`superseded_at is null`),
    index('entries_indicator').on(t.indicatorId, t.period),
  ],
);

export type Entry = typeof entries.$inferSelect;
