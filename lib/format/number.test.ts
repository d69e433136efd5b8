import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatPeriod, formatWan } from './number';

describe('formatting', () => {
  it('formats 万元 with separators and two decimals', () => {
    expect(formatWan(1100)).toBe('1,100.00');
    expect(formatWan(24838.14)).toBe('24,838.14');
    expect(formatWan(null)).toBe('—');
  });
  it('formats fractions as percentages', () => {
    expect(formatPercent(0.853)).toBe('85.3%');
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Infinity)).toBe('—');
  });
  it('formats numbers with units and periods in Chinese', () => {
    expect(formatNumber(7000, '亿元')).toBe('7,000 亿元');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatPeriod('2022-07')).toBe('2022年7月');
  });
});
