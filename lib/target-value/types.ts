/** Structured 年度指标值 (DOMAIN.md §3) and measure mode (§4). */
/**
 * The values of each field, declared once with their Chinese names: the database columns, the zod schemas, the API
 * document and the pages' options derive from these lists.
 */
export const COMPARATORS = ['>=', '>', '<=', '<', '='] as const;
export type Comparator = (typeof COMPARATORS)[number];
export const COMPARATOR_SYMBOLS: Record<Comparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };
export const COMPARATOR_WORDS: Record<Comparator, string> = { '>=': '不低于', '>': '高于', '<=': '不高于', '<': '低于', '=': '等于' };
/** `≥ 不低于`: the symbol and its words, for selects. */
export const COMPARATOR_LABELS = Object.fromEntries(
  COMPARATORS.map((c) => [c, `${COMPARATOR_SYMBOLS[c]} ${COMPARATOR_WORDS[c]}`]),
) as Record<Comparator, string>;

export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_LABELS: Record<Direction, string> = { higher: '越高越好', lower: '越低越好' };

export const TARGET_KINDS = ['quantitative', 'qualitative'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
export const TARGET_KIND_LABELS: Record<TargetKind, string> = { quantitative: '定量', qualitative: '定性' };

export const MEASURE_MODES = ['cumulative', 'level'] as const;
export type MeasureMode = (typeof MEASURE_MODES)[number];
export const MEASURE_MODE_LABELS: Record<MeasureMode, string> = { cumulative: '累计', level: '时点' };
/** How the actual is formed from the monthly values. */
export const MEASURE_MODE_HINTS: Record<MeasureMode, string> = { cumulative: '按月相加', level: '取最新值' };
/** `累计（按月相加）`: the name and how the actual is formed. */
export const MEASURE_MODE_DESCRIPTIONS = Object.fromEntries(
  MEASURE_MODES.map((m) => [m, `${MEASURE_MODE_LABELS[m]}（${MEASURE_MODE_HINTS[m]}）`]),
) as Record<MeasureMode, string>;
/** What the entry form asks for (DOMAIN.md §4). */
export const MEASURE_MODE_VALUE_LABELS: Record<MeasureMode, string> = { cumulative: '本月完成', level: '截至本月' };

export interface Target {
  kind: TargetKind;
  comparator: Comparator | null;
  value: number | null;
  unit: string | null;
  direction: Direction | null;
}

export const CATEGORIES = ['产出指标', '效益指标', '满意度指标', '成本指标'] as const;
export type Category = (typeof CATEGORIES)[number];
