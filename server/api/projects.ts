/** REST API v1 project resources: the list, one project, its budget execution. Same use cases as the pages. */
import type { Db } from '@/db';
import type { BudgetExecution } from '@/db/schema';
import { listBudgetYears } from '@/db/queries/budget-years';
import { listProjectsOfBudgetYear } from '@/db/queries/projects';
import { readsEveryDepartment } from '@/lib/auth/roles';
import type { Period } from '@/lib/monitoring/types';
import type { Actor } from '../auth/actor';
import { canReadDepartment } from '../auth/access';
import { ConflictError, ForbiddenError } from '../errors';
import { saveExecution } from '../executions/save-execution';
import { getProjectDetail } from '../projects/get-project-detail';
import { listProjectRows } from '../projects/list-project-rows';
import { resolveAsOf, type Scope } from '../scope/resolve-scope';
import type { ProjectListQuery } from './params';
import { checkAsOfInYear, versionEtag } from './params';
import { amountsJson, executionJson, projectDetailJson, projectRowJson } from './project-json';
import type { ProjectDetailJson, ProjectJson } from './schemas/project';

/**
 * The department–year and as-of month an API query asks for. The department is the actor's own, or for the admin and
 * the 财政 reviewer the one asked for (else the first one with that year, as on the pages); the year defaults to the
 * newest table; the as-of month to the pages' default. Null when that year has no table.
 */
export function resolveApiScope(db: Db, actor: Actor, query: ProjectListQuery, today = new Date()): Scope | null {
  const everyDepartment = readsEveryDepartment(actor.role);
  const departmentId = query.departmentId ?? (everyDepartment ? null : actor.departmentId);
  if (departmentId === null ? !everyDepartment : !canReadDepartment(actor, departmentId)) {
    throw new ForbiddenError('无权查看该部门的项目');
  }
  const options = listBudgetYears(db, departmentId);
  const year = query.year ?? options[0]?.year;
  const budgetYear = options.find((o) => o.year === year);
  if (!budgetYear) return null;
  return { budgetYear, options, asOf: resolveAsOf({ asOf: query.asOf }, budgetYear.year, today) };
}

/** The projects of one department–year as of a month (resolveApiScope); a year without a table gives an empty list. */
export function listProjectsJson(db: Db, actor: Actor, query: ProjectListQuery, today = new Date()): { projects: ProjectJson[] } {
  const scope = resolveApiScope(db, actor, query, today);
  if (!scope) return { projects: [] };
  const { budgetYear } = scope;
  const rows = listProjectRows(db, actor, scope);
  const amounts = new Map(listProjectsOfBudgetYear(db, budgetYear.id).map((p) => [p.id, amountsJson(p)]));
  return { projects: rows.map((row) => projectRowJson(row, amounts.get(row.id)!)) };
}

/** One project with its indicators as of `asOf` (default: the last closed month, December of a past year). */
export function projectJson(db: Db, actor: Actor, projectId: number, asOf?: Period, today = new Date()): ProjectDetailJson {
  const detail = getProjectDetail(db, actor, projectId, (year) =>
    asOf === undefined ? resolveAsOf({}, year, today) : checkAsOfInYear(asOf, year),
  );
  return projectDetailJson(detail);
}

/**
 * Records the cumulative 执行数 up to `period` (conditionally on the version read, as for entries), then returns the
 * project as of that month and the saved row's ETag.
 */
export function putExecutionJson(
  db: Db,
  actor: Actor,
  projectId: number,
  period: Period,
  body: Record<string, unknown>,
  expectedExecutionId?: number | null,
): { project: ProjectDetailJson; etag: string } {
  let saved: BudgetExecution;
  try {
    saved = saveExecution(db, actor, projectId, period, body, { expectedExecutionId });
  } catch (error) {
    // The 409 names the 执行数 there is now in the API's own shape, as for entries.
    const current = error instanceof ConflictError ? (error.current as BudgetExecution | null) : null;
    throw current ? new ConflictError(error instanceof Error ? error.message : '', executionJson(current)) : error;
  }
  return { project: projectJson(db, actor, projectId, period), etag: versionEtag(saved.id) };
}
