/**
 * Shared vocabulary of in-year monitoring (DOMAIN.md §5), each list declared once with its Chinese names: the
 * database columns, the zod schemas, the API document and the pages' options and badges derive from these.
 */

/** Lights, worst first; gray is an indicator (or a budget) with nothing reported yet. */
export const LIGHTS = ['red', 'yellow', 'green', 'blue', 'gray'] as const;
export type Light = (typeof LIGHTS)[number];
export const LIGHT_LABELS: Record<Light, string> = {
  red: '红灯',
  yellow: '黄灯',
  green: '绿灯',
  blue: '蓝灯',
  gray: '未填报',
};

export const QUALITATIVE_STATUSES = ['达成', '部分达成', '未达成'] as const;
export type QualitativeStatus = (typeof QUALITATIVE_STATUSES)[number];

export const POSSIBILITIES = ['确定能', '有可能', '完全不可能'] as const;
export type Possibility = (typeof POSSIBILITIES)[number];

/** `达成 / 部分达成 / 未达成`: a list of choices as messages name them. */
export function choicesText(choices: readonly string[]): string {
  return choices.join(' / ');
}

/** A period is a reporting month, `YYYY-MM`. */
export type Period = string;

/**
 * One indicator's entry for one period, as the domain functions need it.
 * `value` is this month's figure (cumulative: 本月完成) or the figure to date (level: 截至本月);
 * `unit` is the unit it was entered in — omitted or null means the target's own unit.
 * Qualitative indicators carry `status` instead of `value`.
 */
export interface IndicatorEntry {
  period: Period;
  value: number | null;
  status: QualitativeStatus | null;
  unit?: string | null;
}

/** Budget execution of a project up to and including `period`: cumulative 执行数 in 万元. */
export interface BudgetExecution {
  period: Period;
  amount: number;
}
