import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { COMPARATORS, DIRECTIONS, MEASURE_MODES, TARGET_KINDS } from '../../lib/target-value/types';
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
    targetKind: text('target_kind', { enum: TARGET_KINDS }).notNull(),
    comparator: text('comparator', { enum: COMPARATORS }),
    targetValue: real('target_value'),
    targetUnit: text('target_unit'),
    direction: text('direction', { enum: DIRECTIONS }),
    mode: text('mode', { enum: MEASURE_MODES }).notNull(),
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
