import { describe, expect, it } from 'vitest';
import { formatDeadline, roundLabel } from './round-label';

describe('roundLabel and formatDeadline', () => {
  it('names the round by its month, marking the official one', () => {
    expect(roundLabel({ period: '2022-07', official: true })).toBe('2022年7月监控（正式）');
    expect(roundLabel({ period: '2022-10', official: false })).toBe('2022年10月监控');
  });

  it('writes a deadline without leading zeros', () => {
    expect(formatDeadline('2022-08-05')).toBe('2022年8月5日');
  });
});
