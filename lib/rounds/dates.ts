/** The dates of a round: its month inside the budget year, its deadline a real calendar day. */
import { isValidPeriod, periodYear } from '../monitoring/period';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day written YYYY-MM-DD (2022-02-30 is not one). */
export function isCalendarDay(value: string): boolean {
  const m = DAY_PATTERN.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Why a round's month cannot be used for a budget year, or null. */
export function roundPeriodProblem(period: string, year: number): string | null {
  const shown = period.slice(0, 20);
  if (!isValidPeriod(period)) return `监控月份应为 YYYY-MM（如 ${year}-07），收到“${shown}”`;
  if (periodYear(period) !== year) return `监控月份应在 ${year} 年内（收到 ${period}）`;
  return null;
}

/** Whole days from `today` to `deadline` (both YYYY-MM-DD): 0 on the day itself, negative once it has passed. */
export function daysLeft(deadline: string, today: string): number {
  const at = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round((at(deadline) - at(today)) / 86_400_000);
}
