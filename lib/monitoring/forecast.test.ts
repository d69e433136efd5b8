import { describe, expect, it } from 'vitest';
import { forecastPrefill } from './forecast';
import { SEED } from './test-fixtures';

describe('forecastPrefill', () => {
  it('cumulative: actual / t, whole numbers for counts (召开会议: 1 by May → 2.4 → 2)', () => {
    expect(forecastPrefill({ ...SEED.召开会议, actual: 1, asOf: '2022-05' })).toBe(2);
    expect(forecastPrefill({ ...SEED.消防安全检查次数, actual: 5, asOf: '2022-06' })).toBe(10);
    expect(forecastPrefill({ ...SEED.召开会议, actual: 0, asOf: '2022-06' })).toBe(0);
  });

  it('cumulative: keeps the decimals the actual is written with (800亿元: 333.3 by May → 799.9)', () => {
    const indicator = SEED.普惠机制合作银行累计贷款投放额;
    expect(forecastPrefill({ ...indicator, actual: 300, asOf: '2022-06' })).toBe(600);
    expect(forecastPrefill({ ...indicator, actual: 333.3, asOf: '2022-05' })).toBe(799.9);
    expect(forecastPrefill({ ...indicator, actual: 0.1 + 0.2, asOf: '2022-12' })).toBe(0.3);
  });

  it('cumulative in December is the actual itself', () => {
    expect(forecastPrefill({ ...SEED.消防安全检查次数, actual: 11, asOf: '2022-12' })).toBe(11);
  });

  it('level: the latest value (受益对象满意度)', () => {
    expect(forecastPrefill({ ...SEED.受益对象满意度, actual: 92.5, asOf: '2022-03' })).toBe(92.5);
  });

  it('none for a qualitative indicator or without an actual', () => {
    expect(forecastPrefill({ ...SEED.普惠贷款风险保障水平, actual: null, asOf: '2022-06' })).toBeNull();
    expect(forecastPrefill({ ...SEED.召开会议, actual: null, asOf: '2022-06' })).toBeNull();
  });
});
