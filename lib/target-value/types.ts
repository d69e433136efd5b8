/** Structured 年度指标值 (DOMAIN.md §3) and measure mode (§4). */
/** The values of each field, declared once: schemas, columns and options derive from these lists. */
export const COMPARATORS = ['>=', '>', '<=', '<', '='] as const;
export type Comparator = (typeof COMPARATORS)[number];
export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const TARGET_KINDS = ['quantitative', 'qualitative'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
export const MEASURE_MODES = ['cumulative', 'level'] as const;
export type MeasureMode = (typeof MEASURE_MODES)[number];
export const MEASURE_MODE_LABELS: Record<MeasureMode, string> = { cumulative: '累计', level: '时点' };

export interface Target {
  kind: TargetKind;
  comparator: Comparator | null;
  value: number | null;
  unit: string | null;
  direction: Direction | null;
}

export const CATEGORIES = ['产出指标', '效益指标', '满意度指标', '成本指标'] as const;
export type Category = (typeof CATEGORIES)[number];
