import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { entries, type Entry } from '@/db/schema';
import { findCurrentEntry, findIndicator, listCurrentEntries } from '@/db/queries/indicators';
import { evaluateIndicator, isValidPeriod, periodYear, validateDeviation } from '@/lib/monitoring';
import type { NumberSource } from '@/lib/forms/number-schema';
import { convertScale } from '@/lib/target-value';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { requireWritableProject } from '../auth/access';
import { ConflictError, DeviationRequiredError, NotFoundError, ValidationError } from '../errors';
import { ruleInputOf, targetOf } from '../monitoring/indicator-target';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { countChars, entryInputSchema, MAX_TEXT } from './entry-input';

export interface SaveEntryOptions {
  /** Numbers as JSON numbers (the API, the default) or as the text typed in the entry form. */
  numbers?: NumberSource;
  /** The id of the entry the client read for this month (null: it saw none). Undefined: replace whatever is there. */
  expectedEntryId?: number | null;
}

/** Logs (or replaces, keeping history) an indicator's value for one month: right → input → rules → transaction → audit. */
export function saveEntry(db: Db, actor: Actor, indicatorId: number, period: string, body: unknown, options: SaveEntryOptions = {}): Entry {
  const indicator = Number.isSafeInteger(indicatorId) ? findIndicator(db, indicatorId) : undefined;
  if (!indicator) throw new NotFoundError('指标不存在');
  const project = requireWritableProject(db, actor, indicator.projectId);

  const parsed = entryInputSchema(options.numbers ?? 'json').safeParse(body);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    throw new ValidationError(parsed.error.issues[0]?.message ?? '填报内容有误', fieldErrors as Record<string, string[]>);
  }
  const input = parsed.data;
  if (!isValidPeriod(period) || periodYear(period) !== project.year) {
    throw new ValidationError(`填报月份应为 ${project.year} 年内的月份（YYYY-MM）`, { period: ['月份无效'] });
  }
  const target = targetOf(indicator);
  const unit = input.unit || target.unit;
  if (target.kind === 'qualitative') {
    if (!input.status) throw new ValidationError('请选择完成情况：达成 / 部分达成 / 未达成', { status: ['必填'] });
  } else {
    if (input.value == null) throw new ValidationError('请填写完成值', { value: ['必填'] });
    if (input.value < 0 && !(indicator.mode === 'level' && unit === '%')) {
      throw new ValidationError('完成值不能为负数', { value: ['不能为负数'] });
    }
    if (unit !== target.unit && convertScale(1, unit ?? null, target.unit) === null) {
      throw new ValidationError(`单位“${unit}”无法换算为指标单位“${target.unit ?? '（无）'}”`, { unit: ['单位无法换算'] });
    }
  }
  if (countChars(input.note) > MAX_TEXT) throw new ValidationError(`备注不能超过${MAX_TEXT}字`, { note: ['过长'] });

  const settings = loadMonitoringSettings(db);
  const others = listCurrentEntries(db, [indicator.id], period).filter((e) => e.period !== period);
  const value = target.kind === 'qualitative' ? null : input.value!;
  const status = target.kind === 'qualitative' ? input.status! : null;
  const { light } = evaluateIndicator({ ...ruleInputOf(indicator), entries: [...others, { period, value, status, unit }], asOf: period, settings });
  const deviationErrors = validateDeviation(
    { light, reasons: input.reasons, explanation: input.explanation, possibility: input.possibility ?? null },
    settings,
  );
  if (deviationErrors.length > 0) {
    const ErrorType = deviationErrors.some((e) => e.includes('必填项')) ? DeviationRequiredError : ValidationError;
    throw new ErrorType(deviationErrors.join('；'), { reasons: deviationErrors });
  }

  return db.transaction((tx) => {
    const current = findCurrentEntry(tx as unknown as Db, indicator.id, period);
    if (options.expectedEntryId !== undefined && (current?.id ?? null) !== options.expectedEntryId) {
      throw new ConflictError(
        current ? `该月已有其他人保存的填报（${current.value ?? current.status}），请刷新后确认是否替换` : '该月的填报已被删除或尚未保存，请刷新后重试',
        current ?? null,
      );
    }
    const now = new Date().toISOString();
    if (current) tx.update(entries).set({ supersededAt: now }).where(and(eq(entries.id, current.id), isNull(entries.supersededAt))).run();
    const saved = tx
      .insert(entries)
      .values({
        indicatorId: indicator.id,
        period,
        value,
        unit: target.kind === 'qualitative' ? null : unit,
        status,
        forecast: input.forecast ?? null,
        reasons: input.reasons,
        explanation: input.explanation.trim(),
        possibility: input.possibility ?? null,
        note: input.note.trim(),
        userId: actor.id,
        createdAt: now,
      })
      .returning()
      .get();
    recordAudit(tx, { actor, action: current ? 'entry.replace' : 'entry.create', entity: 'indicator', entityId: indicator.id, before: current ?? null, after: saved });
    return saved;
  });
}
