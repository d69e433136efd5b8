import { afterEach, describe, expect, it } from 'vitest';
import {
  assertPeriodsOfYear,
  defaultAsOf,
  isValidPeriod,
  lastClosedPeriod,
  periodOfDate,
  officialRoundPeriod,
  periodMonth,
  periodsOfYear,
  periodYear,
  previousPeriod,
  timeElapsed,
  toPeriod,
} from './period';
import { DEFAULT_MONITORING_SETTINGS } from './settings';

describe('periods', () => {
  it('accepts only YYYY-MM', () => {
    expect(isValidPeriod('2022-06')).toBe(true);
    for (const bad of ['2022-6', '2022-13', '2022-00', '202206', '2022-06-01', 202206, null]) {
      expect(isValidPeriod(bad)).toBe(false);
    }
  });

  it('splits and builds periods', () => {
    expect(periodYear('2022-06')).toBe(2022);
    expect(periodMonth('2022-06')).toBe(6);
    expect(toPeriod(2022, 6)).toBe('2022-06');
    expect(() => periodMonth('2022-13')).toThrow('无效的期间');
    expect(() => toPeriod(2022, 0)).toThrow(RangeError);
  });

  it('序时进度 t = m / 12', () => {
    expect(timeElapsed('2022-01')).toBeCloseTo(1 / 12);
    expect(timeElapsed('2022-07')).toBe(7 / 12);
    expect(timeElapsed('2022-12')).toBe(1);
  });

  it('lists the twelve months of a budget year', () => {
    const periods = periodsOfYear(2022);
    expect(periods).toHaveLength(12);
    expect(periods[0]).toBe('2022-01');
    expect(periods[11]).toBe('2022-12');
  });

  it('steps back a month across the year boundary', () => {
    expect(previousPeriod('2022-06')).toBe('2022-05');
    expect(previousPeriod('2022-01')).toBe('2021-12');
  });

  it('lastClosedPeriod: the month before today, clamped into the budget year', () => {
    expect(lastClosedPeriod(new Date('2022-06-15T04:00:00Z'), 2022)).toBe('2022-05');
    expect(lastClosedPeriod(new Date('2022-01-10T04:00:00Z'), 2022)).toBe('2022-01');
    expect(lastClosedPeriod(new Date('2023-01-10T04:00:00Z'), 2022)).toBe('2022-12');
    expect(lastClosedPeriod(new Date('2024-06-01T04:00:00Z'), 2022)).toBe('2022-12');
    expect(lastClosedPeriod(new Date('2022-06-15T04:00:00Z'), 2023)).toBe('2023-01');
  });

  it('defaultAsOf: the last closed month, December of a past year, January of a future year', () => {
    expect(defaultAsOf(2022, new Date('2022-06-15T04:00:00Z'))).toBe('2022-05');
    expect(defaultAsOf(2022, new Date('2023-03-01T04:00:00Z'))).toBe('2022-12');
    expect(defaultAsOf(2023, new Date('2022-06-15T04:00:00Z'))).toBe('2023-01');
  });

  it('the official round in August covers 1–7月', () => {
    expect(officialRoundPeriod(2022, DEFAULT_MONITORING_SETTINGS)).toBe('2022-07');
    expect(officialRoundPeriod(2022, { ...DEFAULT_MONITORING_SETTINGS, officialRoundMonth: 10 })).toBe('2022-09');
  });

  it('assertPeriodsOfYear refuses bad, foreign-year and duplicate periods', () => {
    expect(() => assertPeriodsOfYear(['2022-01', '2022-12'], '2022-06')).not.toThrow();
    expect(() => assertPeriodsOfYear(['2022-1'], '2022-06')).toThrow('无效的期间：2022-1');
    expect(() => assertPeriodsOfYear(['2021-12'], '2022-06')).toThrow('期间 2021-12 不在 2022 预算年度内');
    expect(() => assertPeriodsOfYear(['2022-03', '2022-03'], '2022-06')).toThrow('同一期间 2022-03 有多条记录');
  });
});

describe('periods by the Beijing calendar, whatever zone the server runs in', () => {
  const serverZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = serverZone;
  });

  // 2022-06-30 16:30 UTC is 1 July, 00:30 in Beijing; 2022-07-31 15:30 UTC is still 31 July, 23:30 there.
  const JULY_FIRST = new Date('2022-06-30T16:30:00Z');
  const JULY_LAST = new Date('2022-07-31T15:30:00Z');

  for (const zone of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo']) {
    it(`as a server in ${zone} computes them`, () => {
      process.env.TZ = zone;
      expect(periodOfDate(JULY_FIRST)).toBe('2022-07');
      expect(periodOfDate(JULY_LAST)).toBe('2022-07');
      expect(defaultAsOf(2022, JULY_FIRST)).toBe('2022-06');
      expect(defaultAsOf(2022, JULY_LAST)).toBe('2022-06');
      expect(lastClosedPeriod(JULY_FIRST, 2022)).toBe('2022-06');
      expect(lastClosedPeriod(JULY_LAST, 2022)).toBe('2022-06');
      expect(periodOfDate(new Date('2022-12-31T16:00:00Z'))).toBe('2023-01');
    });
  }
});
