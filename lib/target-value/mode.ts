import type { MeasureMode, Target } from './types';
import { isPercentUnit } from './units';

/** Name words of quantities that are states rather than counts (DOMAIN.md §4). */
const LEVEL_NAME_WORDS = ['率', '满意度', '余额', '规模', '指数'] as const;

/**
 * DOMAIN.md §4, in its order: a percentage is a level; `累计` in the name makes it cumulative; rates,
 * satisfaction, balances, sizes and indices are levels; anything else counts events (cumulative).
 * For qualitative targets the latest status counts, which is a level.
 */
export function inferMode(target: Target, indicatorName: string): MeasureMode {
  if (target.kind === 'qualitative' || isPercentUnit(target.unit)) return 'level';
  if (indicatorName.includes('累计')) return 'cumulative';
  return LEVEL_NAME_WORDS.some((word) => indicatorName.includes(word)) ? 'level' : 'cumulative';
}
