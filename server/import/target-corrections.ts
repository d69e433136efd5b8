import type { Indicator } from '@/db/schema';
import type { PreviewIndicator } from '@/lib/target-table';

/** The structured target an indicator row stores, as the import writes it. */
export interface TargetColumns {
  targetText: string;
  targetKind: Indicator['targetKind'];
  comparator: Indicator['comparator'];
  targetValue: number | null;
  targetUnit: string | null;
  direction: Indicator['direction'];
  mode: Indicator['mode'];
}

/** A corrected target whose 年度指标值 the new table writes differently: the administrator decides which one counts. */
export interface TargetConflict {
  indicatorId: number;
  project: string;
  name: string;
  corrected: TargetColumns;
  table: TargetColumns;
}

/** Per conflicting indicator (by id): keep the correction, or take what the table now says. */
export type TargetDecision = 'keep' | 'table';

/**
 * An uncorrected indicator the table reads in another measure mode than the one stored (the inference of DOMAIN.md §4
 * grew wider since it was imported): the administrator is offered the new mode, since it changes how entries add up.
 */
export interface ModeChange {
  indicatorId: number;
  project: string;
  name: string;
  from: Indicator['mode'];
  to: Indicator['mode'];
}

/** Per offered mode change (by id): take the table's mode, or keep the stored one. */
export type ModeDecision = 'accept' | 'keep';

export function storedTarget(row: Indicator): TargetColumns {
  const { targetText, targetKind, comparator, targetValue, targetUnit, direction, mode } = row;
  return { targetText, targetKind, comparator, targetValue, targetUnit, direction, mode };
}

export function parsedTarget(ind: PreviewIndicator): TargetColumns {
  return {
    targetText: ind.targetText,
    targetKind: ind.target.kind,
    comparator: ind.target.comparator,
    targetValue: ind.target.value,
    targetUnit: ind.target.unit,
    direction: ind.target.direction,
    mode: ind.mode,
  };
}

/**
 * What a re-import does with a matched indicator's target: an uncorrected one takes the table's reading (`table`); a
 * corrected one keeps its correction while the table writes the same 年度指标值 (`keep`), and is a conflict when the
 * text changed (the correction was made against the old one).
 */
export function correctionOutcome(row: Indicator, ind: PreviewIndicator): 'table' | 'keep' | 'conflict' {
  if (!row.targetCorrectedAt) return 'table';
  return row.targetText === ind.targetText ? 'keep' : 'conflict';
}
