import { formatPeriod } from '../format/number';

/** A round as people name it: 2022年7月监控（正式）, or 2022年7月监控 when it is not the official one. */
export function roundLabel(round: { period: string; official: boolean }): string {
  return `${formatPeriod(round.period)}监控${round.official ? '（正式）' : ''}`;
}

/** A deadline `2022-08-15` as 2022年8月15日. */
export function formatDeadline(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}
