import type { Indicator } from '@/db/schema';
import { unitFromName } from '@/lib/target-value/unit-from-name';
import type { TargetFields } from '@/lib/target-change/fields';
import type { Target } from '@/lib/target-value/types';

/**
 * Whether a quantitative target's unit is taken from the indicator's name (`涉农贷款余额（亿元）` with 年度指标值
 * `3000`): the table left it there, and pages say so ("据指标名称").
 */
type TargetColumns = Pick<Indicator, 'targetKind' | 'comparator' | 'targetValue' | 'targetUnit' | 'direction' | 'name'>;

export function unitIsFromName(indicator: TargetColumns): boolean {
  return indicator.targetKind === 'quantitative' && indicator.targetUnit === null && unitFromName(indicator.name) !== null;
}

/** The structured target stored in an indicator row; a quantitative target without a unit takes the name's. */
export function targetOf(indicator: TargetColumns): Target {
  return {
    kind: indicator.targetKind,
    comparator: indicator.comparator,
    value: indicator.targetValue,
    unit: indicator.targetUnit ?? (indicator.targetKind === 'quantitative' ? unitFromName(indicator.name) : null),
    direction: indicator.direction,
  };
}

/** What the monitoring rules need of an indicator row besides its entries (lib/monitoring's evaluateIndicator). */
export function ruleInputOf(indicator: TargetColumns & Pick<Indicator, 'mode' | 'plannedPeriod'>) {
  return { target: targetOf(indicator), mode: indicator.mode, plannedPeriod: indicator.plannedPeriod };
}

/** The target that counts for an indicator, as a target change moves it (DOMAIN.md §5 目标调整). */
export function targetFieldsOf(indicator: Indicator): TargetFields {
  return { ...targetOf(indicator), mode: indicator.mode, plannedPeriod: indicator.plannedPeriod };
}
