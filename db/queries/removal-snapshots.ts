import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import {
  attachments,
  budgetExecutions,
  entries,
  indicators,
  projects,
  targetChanges,
  type Attachment,
  type BudgetExecution,
  type Entry,
  type Indicator,
  type Project,
  type TargetChange,
} from '../schema';

/**
 * Everything an indicator held, replaced entries and its target changes included: what the audit log keeps when a
 * re-import removes it.
 */
export interface IndicatorSnapshot {
  indicator: Indicator;
  entries: Entry[];
  targetChanges: TargetChange[];
  /** 佐证材料 by name, size and hash (the files go once nothing names them). */
  attachments: Attachment[];
}

export interface ProjectSnapshot {
  project: Project;
  indicators: IndicatorSnapshot[];
  executions: BudgetExecution[];
}

export function snapshotIndicators(db: DbOrTx, indicatorIds: number[]): IndicatorSnapshot[] {
  if (indicatorIds.length === 0) return [];
  const rows = db.select().from(indicators).where(inArray(indicators.id, indicatorIds)).orderBy(asc(indicators.seq)).all();
  const logged = db.select().from(entries).where(inArray(entries.indicatorId, indicatorIds)).orderBy(asc(entries.id)).all();
  const changes = db.select().from(targetChanges).where(inArray(targetChanges.indicatorId, indicatorIds)).orderBy(asc(targetChanges.id)).all();
  const files = db.select().from(attachments).where(inArray(attachments.indicatorId, indicatorIds)).orderBy(asc(attachments.id)).all();
  return rows.map((indicator) => ({
    indicator,
    entries: logged.filter((e) => e.indicatorId === indicator.id),
    targetChanges: changes.filter((c) => c.indicatorId === indicator.id),
    attachments: files.filter((f) => f.indicatorId === indicator.id),
  }));
}

export function snapshotProject(db: DbOrTx, projectId: number): ProjectSnapshot | null {
  const project = db.select().from(projects).where(eq(projects.id, projectId)).get();
  if (!project) return null;
  const ids = db.select({ id: indicators.id }).from(indicators).where(eq(indicators.projectId, projectId)).all().map((r) => r.id);
  const executions = db.select().from(budgetExecutions).where(eq(budgetExecutions.projectId, projectId)).orderBy(asc(budgetExecutions.id)).all();
  return { project, indicators: snapshotIndicators(db, ids), executions };
}
