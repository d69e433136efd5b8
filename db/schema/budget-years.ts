import { integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { departments } from './departments';

/** One department's published 项目支出绩效目标表 for one budget year. */
export const budgetYears = sqliteTable(
  'budget_years',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    departmentId: integer('department_id').notNull().references(() => departments.id),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    unit: text('unit').notNull().default('万元'),
    total: real('total'),
    fiscal: real('fiscal'),
    specialAccount: real('special_account'),
    other: real('other'),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [uniqueIndex('budget_years_department_year').on(t.departmentId, t.year)],
);

export type BudgetYear = typeof budgetYears.$inferSelect;
