import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Sheet } from '../../lib/self-evaluation/sheet';
import { SELF_EVALUATION_EVENTS, SELF_EVALUATION_STATUSES } from '../../lib/self-evaluation/vocabulary';
import { indicators } from './indicators';
import { projects } from './projects';
import { users } from './users';

/**
 * A project's year-end 自评 (DOMAIN.md §6): what the evaluator wrote over the draft the year's data gives. Until it is
 * submitted, the scores are worked out from the data and the settings on every read; `snapshot` holds the sheet as it
 * was submitted, so that later entries or new settings do not move a submitted or approved evaluation.
 */
export const selfEvaluations = sqliteTable('self_evaluations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  projectId: integer('project_id').notNull().unique().references(() => projects.id, { onDelete: 'cascade' }),
  status: text('status', { enum: SELF_EVALUATION_STATUSES }).notNull().default('draft'),
  /** 全年预算数 (万元) when the budget was adjusted during the year; null = 年初预算数. */
  adjustedBudget: real('adjusted_budget'),
  /** 年度总体目标 实际完成情况. */
  goalActual: text('goal_actual').notNull().default(''),
  /** 预算执行的偏差原因分析及改进措施. */
  budgetAnalysis: text('budget_analysis').notNull().default(''),
  snapshot: text('snapshot', { mode: 'json' }).$type<Sheet>(),
  /** The latest review comment (退回 or 通过) or the administrator's reason for reopening. */
  comment: text('comment').notNull().default(''),
  updatedBy: integer('updated_by').references(() => users.id),
  updatedAt: text('updated_at').notNull(),
});

/** The evaluator's edit of one line: 不适用 with its reason, a qualitative score moved inside its band, the analysis. */
export const selfEvaluationLines = sqliteTable(
  'self_evaluation_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    evaluationId: integer('evaluation_id').notNull().references(() => selfEvaluations.id, { onDelete: 'cascade' }),
    indicatorId: integer('indicator_id').notNull().references(() => indicators.id, { onDelete: 'cascade' }),
    notApplicable: integer('not_applicable', { mode: 'boolean' }).notNull().default(false),
    qualitativeShare: real('qualitative_share'),
    reason: text('reason').notNull().default(''),
    analysis: text('analysis').notNull().default(''),
  },
  (t) => [uniqueIndex('self_evaluation_lines_indicator').on(t.evaluationId, t.indicatorId)],
);

/** 流转记录: every change from the draft and every step (提交, 通过, 退回, 重新打开), with who, when and why. */
export const selfEvaluationEvents = sqliteTable(
  'self_evaluation_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    evaluationId: integer('evaluation_id').notNull().references(() => selfEvaluations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: SELF_EVALUATION_EVENTS }).notNull(),
    /** The line an edit concerns; null for the evaluation as a whole. */
    indicatorId: integer('indicator_id').references(() => indicators.id, { onDelete: 'set null' }),
    /** What changed, as shown (`草稿 15.00 → 18.00，理由：…`), or the comment of a step. */
    text: text('text').notNull(),
    userId: integer('user_id').notNull().references(() => users.id),
    at: text('at').notNull(),
  },
  (t) => [index('self_evaluation_events_evaluation').on(t.evaluationId, t.id)],
);

export type SelfEvaluationRow = typeof selfEvaluations.$inferSelect;
export type SelfEvaluationLineRow = typeof selfEvaluationLines.$inferSelect;
export type SelfEvaluationEventRow = typeof selfEvaluationEvents.$inferSelect;
