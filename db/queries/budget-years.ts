import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { budgetYears, departments } from '../schema';

export interface BudgetYearOption {
  id: number;
  year: number;
  departmentId: number;
  departmentName: string;
  title: string;
  total: number | null;
}

/** The department–year tables, newest first; all of them when departmentId is null. */
export function listBudgetYears(db: DbOrTx, departmentId: number | null): BudgetYearOption[] {
  return db
    .select({
      id: budgetYears.id,
      year: budgetYears.year,
      departmentId: budgetYears.departmentId,
      departmentName: departments.name,
      title: budgetYears.title,
      total: budgetYears.total,
    })
    .from(budgetYears)
    .innerJoin(departments, eq(budgetYears.departmentId, departments.id))
    .where(departmentId == null ? undefined : eq(budgetYears.departmentId, departmentId))
    .orderBy(desc(budgetYears.year), departments.name)
    .all();
}

export function findBudgetYear(db: DbOrTx, departmentId: number, year: number) {
  return db
    .select()
    .from(budgetYears)
    .where(and(eq(budgetYears.departmentId, departmentId), eq(budgetYears.year, year)))
    .get();
}
