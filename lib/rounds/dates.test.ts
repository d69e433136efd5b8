import { describe, expect, it } from 'vitest';
import { daysLeft, isCalendarDay, roundPeriodProblem } from './dates';

describe('the dates of a round', () => {
  it('takes only real days as deadlines', () => {
    expect(isCalendarDay('2022-08-15')).toBe(true);
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2022-02-29')).toBe(false);
    expect(isCalendarDay('2022-13-01')).toBe(false);
    expect(isCalendarDay('2022-8-15')).toBe(false);
    expect(isCalendarDay('8月15日')).toBe(false);
  });

  it('wants a month of the budget year', () => {
    expect(roundPeriodProblem('2022-07', 2022)).toBeNull();
    expect(roundPeriodProblem('2022-7', 2022)).toBe('监控月份应为 YYYY-MM（如 2022-07），收到“2022-7”');
    expect(roundPeriodProblem('2023-01', 2022)).toBe('监控月份应在 2022 年内（收到 2023-01）');
  });

  it('counts days left to the deadline, negative once it has passed', () => {
    expect(daysLeft('2022-08-15', '2022-08-15')).toBe(0);
    expect(daysLeft('2022-08-15', '2022-08-10')).toBe(5);
    expect(daysLeft('2022-08-15', '2022-08-17')).toBe(-2);
    expect(daysLeft('2022-03-01', '2022-02-27')).toBe(2);
  });
});
