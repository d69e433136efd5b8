import type { Db } from '@/db';
import { readsEveryDepartment } from '@/lib/auth/roles';
import { listBudgetYears, type BudgetYearOption } from '@/db/queries/budget-years';
import { defaultAsOf, isValidPeriod, periodYear } from '@/lib/monitoring';
import type { Period } from '@/lib/monitoring/types';
import { firstParam as first, type SearchParams } from '@/lib/url/search-params';
import type { Actor } from '../auth/actor';

export interface Scope {
  budgetYear: BudgetYearOption;
  /** Every department–year the actor may read, for the selectors. */
  options: BudgetYearOption[];
  asOf: Period;
}


/** Which department, budget year and as-of month a page shows, from the URL with sensible defaults. */
export function resolveScope(db: Db, actor: Actor, raw: SearchParams, today = new Date()): Scope | null {
  const params = { dept: first(raw, 'dept'), year: first(raw, 'year') };
  if (actor.role === 'auditor') return null;
  const options = listBudgetYears(db, readsEveryDepartment(actor.role) ? null : actor.departmentId);
  if (options.length === 0) return null;
  const dept = Number(params.dept);
  const year = Number(params.year);
  const budgetYear =
    options.find((o) => (!params.dept || o.departmentId === dept) && (!params.year || o.year === year)) ?? options[0];
  return { budgetYear, options, asOf: resolveAsOf(raw, budgetYear.year, today) };
}

/** The scope's query-string entries, to carry it across links. */
export function scopeQuery(scope: Scope): Record<string, string> {
  return { dept: String(scope.budgetYear.departmentId), year: String(scope.budgetYear.year), asOf: scope.asOf };
}

/** The as-of month from the URL when it lies in `year`, else the default for that year. */
export function resolveAsOf(raw: SearchParams, year: number, today = new Date()): Period {
  const asOf = first(raw, 'asOf');
  return isValidPeriod(asOf) && periodYear(asOf) === year ? asOf : defaultAsOf(year, today);
}
