import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { projects } from './projects';

export const indicators = sqliteTable(
  'indicators',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    category: text('category'),
    subcategory: text('subcategory'),
    name: text('name').notNull(),
    targetText: text('target_text').notNull(),
    targetKind: text('target_kind', { enum: ['quantitative', 'qualitative'] }).notNull(),
    comparator: text('comparator', { enum: ['>=', '>', '<=', '<', '='] }),
    targetValue: real('target_value'),
    targetUnit: text('target_unit'),
    direction: text('direction', { enum: ['higher', 'lower'] }),
    mode: text('mode', { enum: ['cumulative', 'level'] }).notNull(),
    weight: real('weight'),
    /**
     * When the structured target (kind … mode) was last corrected away from what the importer read in `targetText`;
     * a re-import of the same text keeps the correction instead of reverting it.
     */
    targetCorrectedAt: text('target_corrected_at'),
    /** 计划完成月份 (YYYY-MM) of a one-off output: nothing is expected before it, the whole target from it on. */
    plannedPeriod: text('planned_period'),
  },
  (t) => [index('indicators_project').on(t.projectId, t.seq)],
);

export type Indicator = typeof indicators.$inferSelect;
