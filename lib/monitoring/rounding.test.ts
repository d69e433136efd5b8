import { describe, expect, it } from 'vitest';
import { ceil2, floor2, round2, roundShares, sumCents } from './rounding';

describe('rounding to 2 decimals', () => {
  it('rounds half away from zero, float noise aside', () => {
    expect(round2(9.588)).toBe(9.59);
    expect(round2(0.9588 * 10)).toBe(9.59);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(7.5)).toBe(7.5);
    expect(round2(50 / 3)).toBe(16.67);
  });

  it('ceils and floors to cents', () => {
    expect(ceil2(16.67 * 0.8)).toBe(13.34);
    expect(ceil2(8)).toBe(8);
    expect(floor2(16.67 * 0.6 + 0.0049)).toBe(10.0);
    expect(floor2(16.67)).toBe(16.67);
  });

  it('sums cents exactly', () => {
    expect(sumCents([0.1, 0.2])).toBe(0.3);
    expect(sumCents([16.67, 16.67, 16.66, 30, 9.6])).toBe(89.6);
  });

  it('splits shares by largest remainder so the rounded shares keep the total', () => {
    expect(roundShares([50 / 3, 50 / 3, 50 / 3])).toEqual([16.67, 16.67, 16.66]);
    expect(roundShares([25, 25, 30, 10])).toEqual([25, 25, 30, 10]);
    // 90 over 65 points: 3461.54, 4153.85, 1384.62 cents floor to 8998; the two largest remainders (.85, .62) get a cent.
    expect(roundShares([(25 * 90) / 65, (30 * 90) / 65, (10 * 90) / 65])).toEqual([34.61, 41.54, 13.85]);
  });
});
