/** Which department–year an export covers, after the right checks. */
import type { Db } from '@/db';
import { readsEveryDepartment } from '@/lib/auth/roles';
import { listBudgetYears, type BudgetYearOption } from '@/db/queries/budget-years';
import type { Actor } from '../auth/actor';
import { canReadDepartment } from '../auth/access';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';

/** The requested department, else the actor's own; the admin or the 财政 reviewer without one gets the only department of that year. */
function departmentOf(db: Db, actor: Actor, year: number, requested: number | null): number | null {
  if (requested !== null) return requested;
  if (!readsEveryDepartment(actor.role)) return actor.departmentId;
  const years = listBudgetYears(db, null).filter((o) => o.year === year);
  if (years.length === 0) throw new NotFoundError(`没有 ${year} 年度的绩效目标表`);
  if (years.length > 1) throw new ValidationError('有多个部门，请用参数 department 指定部门', { department: ['必填'] });
  return years[0].departmentId;
}

export function resolveExportBudgetYear(db: Db, actor: Actor, year: number, departmentId: number | null): BudgetYearOption {
  const department = departmentOf(db, actor, year, departmentId);
  if (department === null || !canReadDepartment(actor, department)) throw new ForbiddenError('无权查看该部门的项目');
  const budgetYear = listBudgetYears(db, department).find((o) => o.year === year);
  if (!budgetYear) throw new NotFoundError(`该部门没有 ${year} 年度的绩效目标表`);
  return budgetYear;
}
