import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { projects } from './projects';
import { users } from './users';

/** Cumulative 执行数 (万元) of a project up to a month; replaced rows stay as history. */
export const budgetExecutions = sqliteTable(
  'budget_executions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    amount: real('amount').notNull(),
    /** The plausibility warnings confirmed when saving (lower than an earlier month, above 总计). */
    confirmedWarnings: text('confirmed_warnings', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    userId: integer('user_id').notNull().references(() => users.id),
    createdAt: text('created_at').notNull(),
    supersededAt: text('superseded_at'),
  },
  (t) => [
    uniqueIndex('budget_executions_current').on(t.projectId, t.period).where(sql`superseded_at is null`),
    index('budget_executions_project').on(t.projectId, t.period),
  ],
);

export type BudgetExecution = typeof budgetExecutions.$inferSelect;
