import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db';
import { budgetYears, departments, indicators, projects } from '@/db/schema';
import type { ImportPreview } from '@/lib/target-table';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { ConflictError, ForbiddenError, ValidationError } from '../errors';
import { applyImport, planImport, type ImportPlan } from './plan-import';

export interface ImportOptions {
  year: number;
  /** Overrides the department named in the table. */
  departmentName?: string;
  /** Re-imports that would remove projects or indicators (and their entries) need this. */
  confirmRemovals?: boolean;
}

export interface ImportSummary {
  budgetYearId: number;
  department: string;
  year: number;
  plan: ImportPlan;
}

/** Writes a parsed table in one transaction: new rows are added, rows matched by name are updated. */
export function importTable(db: Db, actor: Actor | null, preview: ImportPreview, options: ImportOptions): ImportSummary {
  if (actor && actor.role !== 'admin') throw new ForbiddenError('只有系统管理员可以导入绩效目标表');
  const department = (options.departmentName ?? preview.department ?? '').trim();
  if (!department) throw new ValidationError('未识别到部门名称：请在表中写明“部门名称：…”或指定部门');
  if (!Number.isInteger(options.year) || options.year < 2000 || options.year > 2100) {
    throw new ValidationError('预算年度无效：应为 2000–2100 之间的年份');
  }
  if (preview.projects.length === 0) throw new ValidationError('表中没有可导入的项目');

  return db.transaction((tx) => {
    const departmentId = upsertDepartment(tx as unknown as Db, department);
    const existing = tx
      .select()
      .from(budgetYears)
      .where(eq(budgetYears.departmentId, departmentId))
      .all()
      .find((b) => b.year === options.year);
    const values = {
      departmentId,
      year: options.year,
      title: preview.title || '项目支出绩效目标表',
      unit: preview.unit || '万元',
      total: preview.totals.total,
      fiscal: preview.totals.fiscal,
      specialAccount: preview.totals.specialAccount,
      other: preview.totals.other,
      importedAt: new Date().toISOString(),
    };
    const budgetYearId = existing
      ? (tx.update(budgetYears).set(values).where(eq(budgetYears.id, existing.id)).run(), existing.id)
      : Number(tx.insert(budgetYears).values(values).run().lastInsertRowid);

    const plan = planImport(tx as unknown as Db, budgetYearId, preview);
    if ((plan.removedProjects.length > 0 || plan.removedIndicators.length > 0) && !options.confirmRemovals) {
      throw new ConflictError('重新导入将删除以下项目或指标及其填报记录，请确认后再导入', plan);
    }
    if (plan.removedProjects.length) tx.delete(projects).where(inArray(projects.id, plan.removedProjects.map((p) => p.id))).run();
    if (plan.removedIndicators.length) tx.delete(indicators).where(inArray(indicators.id, plan.removedIndicators.map((i) => i.id))).run();
    applyImport(tx as unknown as Db, budgetYearId, preview, plan);
    recordAudit(tx, {
      actor,
      action: 'import',
      entity: 'budget_year',
      entityId: budgetYearId,
      after: { department, year: options.year, projects: preview.projects.length, counts: plan.counts },
    });
    return { budgetYearId, department, year: options.year, plan };
  });
}

function upsertDepartment(db: Db, name: string): number {
  const found = db.select().from(departments).where(eq(departments.name, name)).get();
  if (found) return found.id;
  return Number(db.insert(departments).values({ name }).run().lastInsertRowid);
}
