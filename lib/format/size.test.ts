import { describe, expect, it } from 'vitest';
import { formatSize } from './size';

describe('formatSize', () => {
  it('bytes, kilobytes and megabytes with one decimal', () => {
    expect(formatSize(850)).toBe('850 B');
    expect(formatSize(1023)).toBe('1023 B');
    expect(formatSize(1024)).toBe('1.0 KB');
    expect(formatSize(12_595)).toBe('12.3 KB'); // 12595 / 1024 = 12.299…
    expect(formatSize(1_258_291)).toBe('1.2 MB'); // 1.2 × 1048576 = 1258291.2
    expect(formatSize(20 * 1024 * 1024)).toBe('20.0 MB');
  });
});
