import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { TARGET_CHANGE_STATUSES, type TargetFields } from '../../lib/target-change/fields';
import { indicators } from './indicators';
import { users } from './users';

/**
 * 目标调整: an owner's proposal to change an indicator's target, and the approver's decision. `before` is the target
 * that counted when it was proposed (when it was decided, once approved). A change the administrator makes directly is
 * one proposed and approved by the administrator at the same instant. At most one pending change per indicator.
 */
export const targetChanges = sqliteTable(
  'target_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: integer('indicator_id').notNull().references(() => indicators.id, { onDelete: 'cascade' }),
    status: text('status', { enum: TARGET_CHANGE_STATUSES }).notNull(),
    before: text('before', { mode: 'json' }).$type<TargetFields>().notNull(),
    proposed: text('proposed', { mode: 'json' }).$type<TargetFields>().notNull(),
    reason: text('reason').notNull(),
    proposedBy: integer('proposed_by').notNull().references(() => users.id),
    proposedAt: text('proposed_at').notNull(),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: text('decided_at'),
    comment: text('comment').notNull().default(''),
  },
  (t) => [
    uniqueIndex('target_changes_pending').on(t.indicatorId).where(sql`status = 'pending'`),
    index('target_changes_indicator').on(t.indicatorId, t.id),
    index('target_changes_status').on(t.status, t.proposedAt),
  ],
);

export type TargetChange = typeof targetChanges.$inferSelect;
