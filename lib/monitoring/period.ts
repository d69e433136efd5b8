/** Reporting periods (`YYYY-MM`) of a budget year, DOMAIN.md §5. */
import { beijingDate } from '../calendar/shanghai';
import type { MonitoringSettings } from './settings';
import type { Period } from './types';

export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isValidPeriod(value: unknown): value is Period {
  return typeof value === 'string' && PERIOD_PATTERN.test(value);
}

function parts(period: Period): [number, number] {
  const m = PERIOD_PATTERN.exec(period);
  if (!m) throw new RangeError(`无效的期间：${period}（应为 YYYY-MM）`);
  return [Number(m[1]), Number(m[2])];
}

export function toPeriod(year: number, month: number): Period {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`无效的年月：${year}-${month}`);
  }
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function periodYear(period: Period): number {
  return parts(period)[0];
}

export function periodMonth(period: Period): number {
  return parts(period)[1];
}

/** 序时进度 t = m / 12 for reporting month m. */
export function timeElapsed(period: Period): number {
  return periodMonth(period) / 12;
}

/** The budget year's last month, when 序时进度 is 1 and the year's figures are final. */
export function isYearEnd(period: Period): boolean {
  return periodMonth(period) === 12;
}

/** The twelve periods of a budget year, January first. */
export function periodsOfYear(year: number): Period[] {
  return Array.from({ length: 12 }, (_, i) => toPeriod(year, i + 1));
}

/** The month before; January's is December of the previous year. */
export function previousPeriod(period: Period): Period {
  const [year, month] = parts(period);
  return month === 1 ? toPeriod(year - 1, 12) : toPeriod(year, month - 1);
}

function clampIntoYear(period: Period, year: number): Period {
  const y = periodYear(period);
  if (y < year) return toPeriod(year, 1);
  if (y > year) return toPeriod(year, 12);
  return period;
}

/** The month an instant falls in, by the users' calendar (Beijing time), not the server's time zone. */
export function periodOfDate(date: Date): Period {
  const { year, month } = beijingDate(date);
  return toPeriod(year, month);
}

/**
 * The last month that has closed by `today` (the month before today's month), clamped into the budget
 * year: December for a past year, January for a future year (and in January of the year itself).
 */
export function lastClosedPeriod(today: Date, year: number): Period {
  return clampIntoYear(previousPeriod(periodOfDate(today)), year);
}

/**
 * The as-of month pages and 我的填报 show by default: the last closed month (owners report a month once it is over,
 * so the current month would read as all 未填报), December of a past year, January of a future year.
 */
export function defaultAsOf(year: number, today: Date): Period {
  return lastClosedPeriod(today, year);
}

/**
 * Checks the periods of one indicator's entries or one project's budget executions: valid `YYYY-MM`, inside
 * the budget year of `asOf`, at most one per period (the caller passes only the current record of each).
 */
export function assertPeriodsOfYear(periods: readonly Period[], asOf: Period): void {
  const year = periodYear(asOf);
  const seen = new Set<Period>();
  for (const period of periods) {
    if (!isValidPeriod(period)) throw new RangeError(`无效的期间：${period}`);
    if (periodYear(period) !== year) throw new RangeError(`期间 ${period} 不在 ${year} 预算年度内`);
    if (seen.has(period)) throw new RangeError(`同一期间 ${period} 有多条记录`);
    seen.add(period);
  }
}

/** The last month of data the official round of `year` covers (round in August → `YYYY-07`). */
export function officialRoundPeriod(year: number, settings: MonitoringSettings): Period {
  return toPeriod(year, settings.officialRoundMonth - 1);
}
