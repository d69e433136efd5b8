import { describe, expect, it } from 'vitest';
import { calendarDaysBetween } from './day-count';

describe('calendarDaysBetween', () => {
  it('counts whole days, across months, leap days and years', () => {
    expect(calendarDaysBetween('2022-08-10', '2022-08-15')).toBe(5);
    expect(calendarDaysBetween('2022-07-30', '2022-08-02')).toBe(3);
    expect(calendarDaysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(calendarDaysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(calendarDaysBetween('2022-12-31', '2023-01-01')).toBe(1);
  });

  it('is zero on the day and negative after it', () => {
    expect(calendarDaysBetween('2022-08-15', '2022-08-15')).toBe(0);
    expect(calendarDaysBetween('2022-08-17', '2022-08-15')).toBe(-2);
  });
});
