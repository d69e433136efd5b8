import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { budgetExecutions, type BudgetExecution } from '@/db/schema';
import { findCurrentExecution } from '@/db/queries/budget-executions';
import { numberField, type NumberSource } from '@/lib/forms/number-schema';
import { isValidPeriod, periodYear } from '@/lib/monitoring';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { requireWritableProject } from '../auth/access';
import { ConflictError, ValidationError } from '../errors';

const executionSchema = (source: NumberSource) => z.object({
  amount: numberField('执行数应为数字（万元）', source)
    .refine((n) => n !== null, { message: '请填写执行数（万元）' })
    .refine((n) => n === null || Number.isFinite(n), { message: '执行数应为有限数字' })
    .refine((n) => n === null || n >= 0, { message: '执行数不能为负数' })
    .refine((n) => n === null || n <= 1e12, { message: '执行数超出允许范围' }),
}, { error: '执行数内容应为 JSON 对象' });

export interface SaveExecutionOptions {
  /** The id of the row the client read for this month (null: none). Undefined: replace whatever is there. */
  expectedExecutionId?: number | null;
  /** Numbers as JSON numbers (the API, the default) or as the text typed in the form. */
  numbers?: NumberSource;
}

/** Records a project's cumulative 执行数 (万元) up to a month; a replaced row stays as history. */
export function saveExecution(
  db: Db,
  actor: Actor,
  projectId: number,
  period: string,
  body: unknown,
  options: SaveExecutionOptions = {},
): BudgetExecution {
  const project = requireWritableProject(db, actor, projectId);
  const parsed = executionSchema(options.numbers ?? 'json').safeParse(body);
  if (!parsed.success) throw new ValidationError(parsed.error.issues[0]?.message ?? '执行数有误', { amount: parsed.error.issues.map((i) => i.message) });
  if (!isValidPeriod(period) || periodYear(period) !== project.year) {
    throw new ValidationError(`执行月份应为 ${project.year} 年内的月份（YYYY-MM）`, { period: ['月份无效'] });
  }
  return db.transaction((tx) => {
    const current = findCurrentExecution(tx as unknown as Db, project.id, period);
    if (options.expectedExecutionId !== undefined && (current?.id ?? null) !== options.expectedExecutionId) {
      throw new ConflictError(current ? `该月执行数已被他人改为 ${current.amount} 万元，请刷新后确认` : '该月执行数已变化，请刷新后重试', current ?? null);
    }
    const now = new Date().toISOString();
    if (current) {
      tx.update(budgetExecutions).set({ supersededAt: now }).where(and(eq(budgetExecutions.id, current.id), isNull(budgetExecutions.supersededAt))).run();
    }
    const saved = tx
      .insert(budgetExecutions)
      .values({ projectId: project.id, period, amount: parsed.data.amount!, userId: actor.id, createdAt: now })
      .returning()
      .get();
    recordAudit(tx, { actor, action: current ? 'execution.replace' : 'execution.create', entity: 'project', entityId: project.id, before: current ?? null, after: saved });
    return saved;
  });
}
