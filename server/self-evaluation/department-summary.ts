/** 自评汇总: every project of a department–year with its 总分, 等级, 执行率, status and 自评预警 (leaders and administrators). */
import type { Db } from '@/db';
import type { BudgetYearOption } from '@/db/queries/budget-years';
import { listOwnersOfProjects, listProjectsOfBudgetYear } from '@/db/queries/projects';
import { readsEveryDepartment } from '@/lib/auth/roles';
import { GRADES, type Grade } from '@/lib/monitoring/scoring';
import type { SelfEvaluationWarning } from '@/lib/self-evaluation/warnings';
import type { SelfEvaluationStatus } from '@/lib/self-evaluation/vocabulary';
import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../errors';
import { resolveExportBudgetYear } from '../exports/export-scope';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { loadProjectSheets, type ProjectSheet } from './sheet-inputs';

export interface SummaryRow {
  projectId: number;
  seq: number;
  name: string;
  owners: string;
  total: number;
  grade: Grade;
  executionRate: number | null;
  status: SelfEvaluationStatus;
  warnings: SelfEvaluationWarning[];
}

export interface SelfEvaluationSummary {
  budgetYear: BudgetYearOption;
  rows: SummaryRow[];
  grades: Record<Grade, number>;
  sheets: ProjectSheet[];
}

export function canReadSummary(actor: Actor): boolean {
  return readsEveryDepartment(actor.role) || actor.role === 'leader';
}

export function getSelfEvaluationSummary(db: Db, actor: Actor, year: number, departmentId: number | null): SelfEvaluationSummary {
  if (!canReadSummary(actor)) throw new ForbiddenError('自评汇总仅供部门领导、财政复核员和系统管理员查看');
  const budgetYear = resolveExportBudgetYear(db, actor, year, departmentId);
  const projects = listProjectsOfBudgetYear(db, budgetYear.id);
  const owners = listOwnersOfProjects(db, projects.map((p) => p.id));
  const sheets = loadProjectSheets(db, projects, year, loadMonitoringSettings(db));
  const rows = sheets.map(({ project, row, sheet }) => ({
    projectId: project.id,
    seq: project.seq,
    name: project.name,
    owners: (owners.get(project.id) ?? []).map((o) => o.displayName).join('、'),
    total: sheet.total,
    grade: sheet.grade,
    executionRate: sheet.budget.rate,
    status: row?.status ?? 'draft',
    warnings: sheet.warnings,
  }));
  const grades = Object.fromEntries(GRADES.map((g) => [g, rows.filter((r) => r.grade === g).length])) as Record<Grade, number>;
  return { budgetYear, rows, grades, sheets };
}
