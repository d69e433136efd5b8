/** Structured 年度指标值 (DOMAIN.md §3) and measure mode (§4). */
export type Comparator = '>=' | '>' | '<=' | '<' | '=';
export type Direction = 'higher' | 'lower';
export type TargetKind = 'quantitative' | 'qualitative';
export type MeasureMode = 'cumulative' | 'level';

export interface Target {
  kind: TargetKind;
  comparator: Comparator | null;
  value: number | null;
  unit: string | null;
  direction: Direction | null;
}

export const CATEGORIES = ['产出指标', '效益指标', '满意度指标', '成本指标'] as const;
export type Category = (typeof CATEGORIES)[number];
