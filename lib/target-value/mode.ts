import type { MeasureMode, Target } from './types';
import { isPercentUnit } from './units';

/** Words of quantities that are states rather than counts (DOMAIN.md §4), in the name or the target text. */
const LEVEL_WORDS = ['率', '满意度', '余额', '规模', '指数'] as const;

/**
 * Durations and states that are measured, not counted (DOMAIN.md §4): an average time, a recovery time, a time
 * without failure, a running time, a grade or level. Checked on the name only: `半天内` says nothing by itself.
 */
const STATE_WORDS = ['恢复时间', '无故障时长', '无故障时间', '运行时长', '等级', '级别'] as const;

function isMeasuredState(name: string): boolean {
  const average = name.indexOf('平均');
  return (average >= 0 && name.includes('时间', average)) || STATE_WORDS.some((word) => name.includes(word));
}

/**
 * DOMAIN.md §4, in its order: a percentage is a level; `累计` in the name makes it cumulative; rates,
 * satisfaction, balances, sizes and indices (in the name or the target text) are levels, and so are durations and
 * states measured rather than counted (平均故障恢复时间, UPS连续无故障时长, 等级保护级别); anything else counts events
 * (cumulative). For qualitative targets the latest status counts, which is a level.
 */
export function inferMode(target: Target, indicatorName: string, targetText = ''): MeasureMode {
  if (target.kind === 'qualitative' || isPercentUnit(target.unit)) return 'level';
  if (indicatorName.includes('累计')) return 'cumulative';
  if (LEVEL_WORDS.some((word) => indicatorName.includes(word) || targetText.includes(word))) return 'level';
  return isMeasuredState(indicatorName) ? 'level' : 'cumulative';
}
