import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db';
import { budgetYears, departments, indicators, projects } from '@/db/schema';
import { snapshotIndicators, snapshotProject } from '@/db/queries/removal-snapshots';
import type { ImportPreview } from '@/lib/target-table';
import { recordAudit, type AuditActor, type RequestOrigin } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { ConflictError, ForbiddenError, ValidationError } from '../errors';
import { applyImport, planImport, type ImportPlan } from './plan-import';
import type { ModeDecision, TargetDecision } from './target-corrections';

export interface ImportOptions {
  year: number;
  /** Overrides the department named in the table. */
  departmentName?: string;
  /** Re-imports that would remove projects or indicators (and their entries) need this. */
  confirmRemovals?: boolean;
  /**
   * For each corrected target the table now writes differently (by indicator id), or one answer for all of them: keep
   * the correction or take the table's.
   */
  targetDecisions?: Record<string, TargetDecision> | TargetDecision;
  /** For each offered mode change (by indicator id), or one answer for all: take the table's mode or keep the stored one. */
  modeDecisions?: Record<string, ModeDecision> | ModeDecision;
  /** Where an import without an actor comes from (the command line, the demo seed). */
  origin?: RequestOrigin;
}

export interface ImportSummary {
  budgetYearId: number;
  department: string;
  year: number;
  plan: ImportPlan;
  /** The hashes of the 佐证材料 the removed indicators held: their files go once nothing else names them. */
  releasedFiles: string[];
}

function answerFor<T extends string>(answers: Record<string, T> | T | undefined, indicatorId: number): T | undefined {
  return typeof answers === 'string' ? answers : answers?.[indicatorId];
}

const decisionFor = (options: ImportOptions, indicatorId: number) => answerFor(options.targetDecisions, indicatorId);
const modeDecisionFor = (options: ImportOptions, indicatorId: number) => answerFor(options.modeDecisions, indicatorId);

/** What stops a re-import until the administrator has seen it: rows it would delete, corrections it would overrule. */
function needsConfirmation(plan: ImportPlan, options: ImportOptions): string | null {
  const removes = plan.removedProjects.length > 0 || plan.removedIndicators.length > 0;
  const undecided = plan.targetConflicts.filter((c) => decisionFor(options, c.indicatorId) === undefined);
  if (removes && !options.confirmRemovals) return '重新导入将删除以下项目或指标及其填报记录，请确认后再导入';
  if (undecided.length > 0) return '以下指标的目标曾被修正，而新表中的年度指标值已改变：请逐项决定保留修正还是采用新表';
  if (plan.modeChanges.some((c) => modeDecisionFor(options, c.indicatorId) === undefined)) {
    return '按现行规则，以下指标的计量方式与已保存的不同（影响已有填报的汇总方式）：请逐项决定是否采用';
  }
  return null;
}

/**
 * Writes a parsed table in one transaction: new rows are added, rows matched by name are updated, corrected targets are
 * kept. Every removed project and indicator is audited with everything it held (entries, 执行数), so nothing vanishes
 * without a trace.
 */
export function importTable(db: DbOrTx, actor: Actor | null, preview: ImportPreview, options: ImportOptions): ImportSummary {
  if (actor && actor.role !== 'admin') throw new ForbiddenError('只有系统管理员可以导入绩效目标表');
  const department = (options.departmentName ?? preview.department ?? '').trim();
  if (!department) throw new ValidationError('未识别到部门名称：请在表中写明“部门名称：…”或指定部门');
  if (!Number.isInteger(options.year) || options.year < 2000 || options.year > 2100) {
    throw new ValidationError('预算年度无效：应为 2000–2100 之间的年份');
  }
  if (preview.projects.length === 0) throw new ValidationError('表中没有可导入的项目');

  return db.transaction((tx) => {
    const departmentId = upsertDepartment(tx, department);
    const existing = tx.select().from(budgetYears).where(eq(budgetYears.departmentId, departmentId)).all().find((b) => b.year === options.year);
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

    const plan = planImport(tx, budgetYearId, preview);
    const question = needsConfirmation(plan, options);
    if (question) throw new ConflictError(question, plan);
    const audit = { actor, origin: options.origin };
    const releasedFiles = removeRows(tx, audit, plan);
    const decisions = Object.fromEntries(plan.targetConflicts.map((c) => [c.indicatorId, decisionFor(options, c.indicatorId)!]));
    const modeDecisions = Object.fromEntries(plan.modeChanges.map((c) => [c.indicatorId, modeDecisionFor(options, c.indicatorId)!]));
    applyImport(tx, budgetYearId, preview, plan, decisions, modeDecisions);
    recordAudit(tx, {
      ...audit,
      action: 'import',
      entity: 'budget_year',
      entityId: budgetYearId,
      after: {
        department,
        year: options.year,
        projects: preview.projects.length,
        counts: plan.counts,
        removedProjects: plan.removedProjects.map((p) => p.name),
        removedIndicators: plan.removedIndicators.map((i) => `${i.project} / ${i.name}`),
        targetDecisions: plan.targetConflicts.map((c) => ({ indicatorId: c.indicatorId, name: `${c.project} / ${c.name}`, decision: decisions[c.indicatorId] })),
        modeDecisions: plan.modeChanges.map((c) => ({ indicatorId: c.indicatorId, name: `${c.project} / ${c.name}`, from: c.from, to: c.to, decision: modeDecisions[c.indicatorId] })),
      },
    });
    return { budgetYearId, department, year: options.year, plan, releasedFiles };
  });
}

/**
 * Deletes what the table no longer has (entries, 执行数 and 佐证材料 go with it), keeping a full copy of each in the
 * audit log; returns the hashes of the removed 佐证材料.
 */
function removeRows(tx: DbOrTx, audit: { actor: AuditActor | null; origin?: RequestOrigin }, plan: ImportPlan): string[] {
  const released: string[] = [];
  for (const { id } of plan.removedProjects) {
    const snapshot = snapshotProject(tx, id);
    released.push(...(snapshot?.indicators.flatMap((i) => i.attachments.map((a) => a.sha256)) ?? []));
    recordAudit(tx, { ...audit, action: 'import.remove-project', entity: 'project', entityId: id, before: snapshot });
  }
  for (const snapshot of snapshotIndicators(tx, plan.removedIndicators.map((i) => i.id))) {
    released.push(...snapshot.attachments.map((a) => a.sha256));
    recordAudit(tx, { ...audit, action: 'import.remove-indicator', entity: 'indicator', entityId: snapshot.indicator.id, before: snapshot });
  }
  if (plan.removedProjects.length) tx.delete(projects).where(inArray(projects.id, plan.removedProjects.map((p) => p.id))).run();
  if (plan.removedIndicators.length) tx.delete(indicators).where(inArray(indicators.id, plan.removedIndicators.map((i) => i.id))).run();
  return [...new Set(released)];
}

function upsertDepartment(db: DbOrTx, name: string): number {
  const found = db.select().from(departments).where(eq(departments.name, name)).get();
  if (found) return found.id;
  return Number(db.insert(departments).values({ name }).run().lastInsertRowid);
}
