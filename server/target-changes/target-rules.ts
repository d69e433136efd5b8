/** The rules every target change keeps, whoever makes it: checked when it is proposed, approved or set. */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db';
import { entries, type Indicator } from '@/db/schema';
import { findIndicator } from '@/db/queries/indicators';
import { findPendingTargetChange, type TargetChangeWithPeople } from '@/db/queries/target-changes';
import { formatPeriod } from '@/lib/format/number';
import { periodYear } from '@/lib/monitoring/period';
import { changedTargetFields, type TargetFields } from '@/lib/target-change/fields';
import { convertScale } from '@/lib/target-value';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { assertTargetsOpen } from '../rounds/locked-period';
import { targetFieldsOf, targetOf } from '../monitoring/indicator-target';
import { targetColumns } from './apply-target';

export function findIndicatorOrThrow(db: DbOrTx, indicatorId: number): Indicator {
  const indicator = Number.isSafeInteger(indicatorId) ? findIndicator(db, indicatorId) : undefined;
  if (!indicator) throw new NotFoundError('指标不存在');
  return indicator;
}

/**
 * 计划完成月份 is a month of the project's budget year; the unit stays convertible with every value already logged
 * (their history would otherwise no longer add up). Every proposal, approval and direct setting passes here, before its
 * transaction; a project with a locked month (approved in a monitoring round) refuses them all (423).
 */
export function checkTargetFields(db: DbOrTx, indicator: Indicator, year: number, fields: TargetFields): void {
  assertTargetsOpen(db, indicator.projectId);
  if (fields.plannedPeriod !== null && periodYear(fields.plannedPeriod) !== year) {
    throw new ValidationError(`计划完成月份应为 ${year} 年内的月份（收到 ${formatPeriod(fields.plannedPeriod)}）`, { plannedPeriod: ['不在预算年度内'] });
  }
  if (fields.kind !== 'quantitative') return;
  const unit = targetOf({ ...indicator, ...targetColumns(fields) }).unit;
  const logged = db.select({ unit: entries.unit }).from(entries).where(eq(entries.indicatorId, indicator.id)).all();
  const stranded = logged.find((e) => e.unit && e.unit !== unit && convertScale(1, e.unit, unit) === null);
  if (stranded) {
    throw new ValidationError(`已有以“${stranded.unit}”填报的记录，目标单位不能改为“${unit ?? '无单位'}”（无法换算）`, { unit: ['单位无法换算'] });
  }
}

/** A change must move something: a target equal to the one that counts is refused. */
export function checkChangesTarget(indicator: Indicator, fields: TargetFields): void {
  if (changedTargetFields(targetFieldsOf(indicator), fields).length === 0) {
    throw new ValidationError('申请的目标与现行目标相同，无需调整');
  }
}

/** The one change an indicator may have waiting: another is refused (409) until that one is decided. */
export function refuseSecondPending(db: DbOrTx, indicatorId: number, message: (pending: TargetChangeWithPeople) => string): void {
  const pending = findPendingTargetChange(db, indicatorId);
  if (pending) throw new ConflictError(message(pending));
}
