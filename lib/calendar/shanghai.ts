/**
 * The users' calendar: days and months in Beijing time (Asia/Shanghai), whatever time zone the server runs in.
 * China keeps UTC+8 all year (no daylight saving since 1991), so a day's bounds are a fixed offset from UTC.
 */
export const TIME_ZONE = 'Asia/Shanghai';
const UTC_OFFSET = '+08:00';

const DATE_PARTS = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric' });

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The Beijing calendar date of an instant. */
export function beijingDate(instant: Date): CalendarDate {
  const part = Object.fromEntries(DATE_PARTS.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: Number(part.year), month: Number(part.month), day: Number(part.day) };
}

/** The Beijing day of an instant, `YYYY-MM-DD`. */
export function beijingDay(instant: Date): string {
  const { year, month, day } = beijingDate(instant);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The instant a Beijing day (`YYYY-MM-DD`) begins. */
export function beijingDayStart(day: string): Date {
  return new Date(`${day}T00:00:00${UTC_OFFSET}`);
}
