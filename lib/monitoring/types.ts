/** Shared vocabulary of in-year monitoring (DOMAIN.md §5). */
export type Light = 'red' | 'yellow' | 'green' | 'blue' | 'gray';

export const QUALITATIVE_STATUSES = ['达成', '部分达成', '未达成'] as const;
export type QualitativeStatus = (typeof QUALITATIVE_STATUSES)[number];

export const POSSIBILITIES = ['确定能', '有可能', '完全不可能'] as const;
export type Possibility = (typeof POSSIBILITIES)[number];

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
