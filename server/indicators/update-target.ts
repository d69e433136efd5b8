import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { entries, indicators, type Indicator } from '@/db/schema';
import { findIndicator } from '@/db/queries/indicators';
import { numberField, type NumberSource } from '@/lib/forms/number-schema';
import { convertScale } from '@/lib/target-value';
import { choicesText } from '@/lib/monitoring/types';
import { CATEGORIES, COMPARATORS, DIRECTIONS, MEASURE_MODE_LABELS, MEASURE_MODES, TARGET_KIND_LABELS, TARGET_KINDS } from '@/lib/target-value/types';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { requireWritableProject } from '../auth/access';
import { NotFoundError, ValidationError } from '../errors';

const targetSchema = (source: NumberSource) => z
  .strictObject({
    category: z.enum(CATEGORIES, { error: '一级指标无效' }).nullable(),
    kind: z.enum(TARGET_KINDS, { error: `目标类型应为 ${choicesText(Object.values(TARGET_KIND_LABELS))}` }),
    comparator: z.enum(COMPARATORS, { error: '比较方式无效' }).nullable(),
    value: numberField('目标值应为数字', source).refine((n) => n === null || (Number.isFinite(n) && Math.abs(n) <= 1e15), '目标值超出允许范围'),
    unit: z.string().max(20, '单位过长').trim().nullable(),
    direction: z.enum(DIRECTIONS, { error: '方向无效' }).nullable(),
    mode: z.enum(MEASURE_MODES, { error: `计量方式应为 ${choicesText(Object.values(MEASURE_MODE_LABELS))}` }),
  }, { error: '目标内容应为 JSON 对象' })
  .refine((t) => t.kind === 'qualitative' || t.value !== null, { message: '定量目标必须填写目标值', path: ['value'] });

export type TargetEdit = z.infer<ReturnType<typeof targetSchema>>;

/** The owner corrects what the parser inferred from the 年度指标值 (DOMAIN.md §3); entries stay as logged. */
export function updateTarget(db: Db, actor: Actor, indicatorId: number, body: unknown, { numbers = 'json' }: { numbers?: NumberSource } = {}): Indicator {
  const indicator = Number.isSafeInteger(indicatorId) ? findIndicator(db, indicatorId) : undefined;
  if (!indicator) throw new NotFoundError('指标不存在');
  requireWritableProject(db, actor, indicator.projectId);
  const parsed = targetSchema(numbers).safeParse(body);
  if (!parsed.success) {
    const messages = parsed.error.issues.map((i) => i.message);
    throw new ValidationError(messages[0] ?? '目标内容有误', { target: messages });
  }
  const edit = parsed.data;
  const unit = edit.kind === 'qualitative' ? null : edit.unit || null;
  const logged = db.select({ unit: entries.unit }).from(entries).where(eq(entries.indicatorId, indicator.id)).all();
  const stranded = logged.find((e) => e.unit && e.unit !== unit && convertScale(1, e.unit, unit) === null);
  if (edit.kind === 'quantitative' && stranded) {
    throw new ValidationError(`已有以“${stranded.unit}”填报的记录，目标单位不能改为“${unit ?? '无单位'}”（无法换算）`, { unit: ['单位无法换算'] });
  }
  const values = {
    category: edit.category,
    targetKind: edit.kind,
    comparator: edit.comparator,
    targetValue: edit.kind === 'qualitative' ? null : edit.value,
    targetUnit: unit,
    direction: edit.direction,
    mode: edit.mode,
    targetCorrectedAt: new Date().toISOString(),
  };
  return db.transaction((tx) => {
    const updated = tx.update(indicators).set(values).where(eq(indicators.id, indicator.id)).returning().get();
    recordAudit(tx, { actor, action: 'target.update', entity: 'indicator', entityId: indicator.id, before: indicator, after: updated });
    return updated;
  });
}
