import { describe, expect, it } from 'vitest';
import { formatTimestamp } from './timestamp';

describe('formatTimestamp', () => {
  it('shows a UTC instant in Beijing time to the second', () => {
    expect(formatTimestamp('2024-03-31T16:05:09.123Z')).toBe('2024-04-01 00:05:09');
  });
});
