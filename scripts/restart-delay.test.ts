import { describe, expect, it } from 'vitest';
import { restartDelay } from './restart-delay';

describe('restartDelay', () => {
  it('restarts at once after a crash that followed a good run', () => {
    expect(restartDelay(1, 5_000)).toBe(0);
    expect(restartDelay(5, 120_000)).toBe(0);
  });

  it('backs off while the server keeps dying at once, up to 30 s', () => {
    expect([2, 3, 4, 5, 6, 7, 10].map((n) => restartDelay(n, 500))).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
  });
});
