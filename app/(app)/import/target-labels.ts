/** Chinese labels of the structured target's fields, for the preview editor's selects. */
import type { Comparator, Direction, MeasureMode, TargetKind } from '@/lib/target-value';

export const KIND_LABELS: Record<TargetKind, string> = { quantitative: '定量', qualitative: '定性' };

export const COMPARATOR_LABELS: Record<Comparator, string> = {
  '>=': '≥ 不低于',
  '>': '> 高于',
  '<=': '≤ 不高于',
  '<': '< 低于',
  '=': '= 等于',
};

export const DIRECTION_LABELS: Record<Direction, string> = { higher: '越高越好', lower: '越低越好' };

export const MODE_LABELS: Record<MeasureMode, string> = { cumulative: '累计', level: '时点' };
