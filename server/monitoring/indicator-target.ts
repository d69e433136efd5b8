import type { Indicator } from '@/db/schema';
import type { Target } from '@/lib/target-value/types';

/** The structured target stored in an indicator row. */
export function targetOf(indicator: Indicator): Target {
  return {
    kind: indicator.targetKind,
    comparator: indicator.comparator,
    value: indicator.targetValue,
    unit: indicator.targetUnit,
    direction: indicator.direction,
  };
}
