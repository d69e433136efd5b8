import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { budgetExecutions, type BudgetExecution } from '@/db/schema';
import { findCurrentExecution, listCurrentExecutions } from '@/db/queries/budget-executions';
import { formatPeriod, formatWan } from '@/lib/format/number';
import { formatTimestamp } from '@/lib/format/timestamp';
import { numberField, type NumberSource } from '@/lib/forms/number-schema';
import { executionPlausibility, isValidPeriod, periodYear } from '@/lib/monitoring';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { requireWritableProject } from '../auth/access';
import { ConflictError, ImplausibleError, ValidationError } from '../errors';
import { assertPeriodOpen } from '../rounds/locked-period';

/** What an owner sends for a project's month: the cumulative 执行数; an unknown field is refused. */
const executionFields = (source: NumberSource) => z.strictObject({
  amount: numberField('执行数应为数字（万元）', source)
    .refine((n) => n !== null, { message: '请填写执行数（万元）' })
    .refine((n) => n === null || Number.isFinite(n), { message: '执行数应为有限数字' })
    .refine((n) => n === null || n >= 0, { message: '执行数不能为负数' })
    .refine((n) => n === null || n <= 1e12, { message: '执行数超出允许范围' })
    .meta({ description: '截至该月的累计执行数（万元）' }),
  /** Confirms a 执行数 the plausibility checks question: lower than an earlier month's, or above 总计. */
  confirm: z
    .boolean({ error: 'confirm 应为 true 或 false' })
    .optional()
    .default(false)
    .meta({ description: '确认一个合理性检查存疑的执行数（低于此前月份或超过总计）' }),
}, {
  error: (issue) => (issue.code === 'unrecognized_keys' ? `未知字段：${issue.keys.map((k) => k.slice(0, 40)).join('、')}（可用字段：amount、confirm）` : '执行数内容应为 JSON 对象'),
});

const EXECUTION_SCHEMAS = { json: executionFields('json').meta({ id: 'ExecutionInput' }), typed: executionFields('typed') };

export const executionSchema = (source: NumberSource) => EXECUTION_SCHEMAS[source];

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
    throw new ValidationError(`执行月份应为 ${project.year} 年内的月份（如 ${project.year}-06）`, { period: ['月份无效'] });
  }
  assertPeriodOpen(db, project.id, period, '执行数');
  const amount = parsed.data.amount!;
  const others = listCurrentExecutions(db, [project.id], `${project.year}-12`).filter((e) => e.period !== period);
  const warnings = executionPlausibility(amount, period, others, project.total);
  if (warnings.length > 0 && !parsed.data.confirm) throw new ImplausibleError(warnings, 'amount');
  return db.transaction((tx) => {
    const current = findCurrentExecution(tx, project.id, period);
    if (options.expectedExecutionId !== undefined && (current?.id ?? null) !== options.expectedExecutionId) {
      const now = current ? `已被改为 ${formatWan(current.amount)} 万元（${formatTimestamp(current.createdAt)}）` : '已变化';
      throw new ConflictError(`${formatPeriod(period)}的累计执行数${now}，请核对后再决定是否替换`, current ?? null);
    }
    const now = new Date().toISOString();
    if (current) {
      tx.update(budgetExecutions).set({ supersededAt: now }).where(and(eq(budgetExecutions.id, current.id), isNull(budgetExecutions.supersededAt))).run();
    }
    const saved = tx
      .insert(budgetExecutions)
      .values({ projectId: project.id, period, amount, confirmedWarnings: warnings.map((w) => w.message), userId: actor.id, createdAt: now })
      .returning()
      .get();
    recordAudit(tx, { actor, action: current ? 'execution.replace' : 'execution.create', entity: 'project', entityId: project.id, before: current ?? null, after: saved });
    return saved;
  });
}
