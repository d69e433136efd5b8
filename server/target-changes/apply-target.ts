import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db';
import { indicators, type Indicator } from '@/db/schema';
import type { TargetFields } from '@/lib/target-change/fields';

/** The indicator columns that hold a target's fields. */
export function targetColumns(fields: TargetFields) {
  return {
    targetKind: fields.kind,
    comparator: fields.comparator,
    targetValue: fields.value,
    targetUnit: fields.unit,
    direction: fields.direction,
    mode: fields.mode,
    plannedPeriod: fields.plannedPeriod,
  };
}

/**
 * Writes an approved target into its indicator, marked as corrected (`target_corrected_at`) so that a re-import of the
 * same 年度指标值 keeps it. Call inside the transaction that records the change and its audit row.
 */
export function applyTarget(tx: DbOrTx, indicatorId: number, fields: TargetFields, at: string): Indicator {
  return tx
    .update(indicators)
    .set({ ...targetColumns(fields), targetCorrectedAt: at })
    .where(eq(indicators.id, indicatorId))
    .returning()
    .get();
}
