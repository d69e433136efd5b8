import type { Db } from '@/db';
import { listBudgetYears } from '@/db/queries/budget-years';
import { removeBlobUnlessReferenced } from '../attachments/blob-store';
import type { Actor } from '../auth/actor';
import { ConflictError } from '../errors';
import { importTable } from './import-table';
import type { ImportPlan } from './plan-import';
import type { ModeChange, TargetConflict } from './target-corrections';
import { parseImportRequest } from './preview-schema';
import { assertCanImport } from './preview-upload';

export type ConfirmImportResult =
  | {
      status: 'imported';
      department: string;
      departmentId: number;
      year: number;
      counts: ImportPlan['counts'];
    }
  | {
      status: 'needs-confirmation';
      message: string;
      removedProjects: string[];
      removedIndicators: { project: string; name: string }[];
      targetConflicts: TargetConflict[];
      modeChanges: ModeChange[];
    };

function isPlan(value: unknown): value is ImportPlan {
  return typeof value === 'object' && value !== null && 'removedProjects' in value && 'removedIndicators' in value;
}

/**
 * The confirm step: the (possibly edited) preview from the browser is validated, then imported in one
 * transaction. A re-import that would remove projects or indicators returns them for confirmation instead.
 */
export function confirmImport(db: Db, actor: Actor, payload: unknown): ConfirmImportResult {
  assertCanImport(actor);
  const request = parseImportRequest(payload);
  try {
    const summary = importTable(db, actor, request.preview, {
      year: request.year,
      departmentName: request.departmentName,
      confirmRemovals: request.confirmRemovals,
      targetDecisions: request.targetDecisions,
      modeDecisions: request.modeDecisions,
    });
    for (const sha256 of summary.releasedFiles) removeBlobUnlessReferenced(db, sha256);
    const budgetYear = listBudgetYears(db, null).find((b) => b.id === summary.budgetYearId)!;
    return {
      status: 'imported',
      department: summary.department,
      departmentId: budgetYear.departmentId,
      year: summary.year,
      counts: summary.plan.counts,
    };
  } catch (error) {
    if (!(error instanceof ConflictError) || !isPlan(error.current)) throw error;
    return {
      status: 'needs-confirmation',
      message: error.message,
      removedProjects: error.current.removedProjects.map((p) => p.name),
      removedIndicators: error.current.removedIndicators.map(({ project, name }) => ({ project, name })),
      targetConflicts: error.current.targetConflicts,
      modeChanges: error.current.modeChanges,
    };
  }
}
