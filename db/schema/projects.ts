import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { budgetYears } from './budget-years';

export const projects = sqliteTable(
  'projects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    budgetYearId: integer('budget_year_id').notNull().references(() => budgetYears.id),
    seq: integer('seq').notNull(),
    name: text('name').notNull(),
    total: real('total'),
    fiscal: real('fiscal'),
    specialAccount: real('special_account'),
    other: real('other'),
    goal: text('goal').notNull().default(''),
    /** 实施期 / 项目期 and 实施单位 as the table's header block gives them. */
    period: text('period'),
    implementingUnit: text('implementing_unit'),
    keyMonitored: integer('key_monitored', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('projects_budget_year').on(t.budgetYearId, t.seq)],
);

export type Project = typeof projects.$inferSelect;
