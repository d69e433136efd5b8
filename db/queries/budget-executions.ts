import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { budgetExecutions, projects, type BudgetExecution } from '../schema';
import { projectsOf, type FigureScope } from './indicator-figures';

/** Current cumulative 执行数 rows of the given projects up to and including a month. */
export function listCurrentExecutions(db: DbOrTx, projectIds: number[], upTo: string): BudgetExecution[] {
  if (projectIds.length === 0) return [];
  return db
    .select()
    .from(budgetExecutions)
    .where(and(inArray(budgetExecutions.projectId, projectIds), isNull(budgetExecutions.supersededAt), lte(budgetExecutions.period, upTo)))
    .orderBy(asc(budgetExecutions.period))
    .all();
}

/** Current cumulative 执行数 rows up to a month of a department–year's (or one project's) projects, oldest first. */
export function listCurrentExecutionsIn(db: DbOrTx, scope: FigureScope, upTo: string): BudgetExecution[] {
  return db
    .select({ execution: budgetExecutions })
    .from(budgetExecutions)
    .innerJoin(projects, eq(budgetExecutions.projectId, projects.id))
    .where(and(projectsOf(scope), isNull(budgetExecutions.supersededAt), lte(budgetExecutions.period, upTo)))
    .orderBy(asc(budgetExecutions.period))
    .all()
    .map((r) => r.execution);
}

export function findCurrentExecution(db: DbOrTx, projectId: number, period: string): BudgetExecution | undefined {
  return db
    .select()
    .from(budgetExecutions)
    .where(and(eq(budgetExecutions.projectId, projectId), eq(budgetExecutions.period, period), isNull(budgetExecutions.supersededAt)))
    .get();
}
