import { describe, expect, it } from 'vitest';
import { isStale } from './stale';

describe('isStale', () => {
  it('as of June: nothing since April or earlier is stale', () => {
    expect(isStale('2022-04', '2022-06')).toBe(true);
    expect(isStale('2022-01', '2022-06')).toBe(true);
  });

  it('as of June: an entry of May or June is current', () => {
    expect(isStale('2022-05', '2022-06')).toBe(false);
    expect(isStale('2022-06', '2022-06')).toBe(false);
  });

  it('as of January nothing of the year can be stale', () => {
    expect(isStale('2022-01', '2022-01')).toBe(false);
  });

  it('no entry at all is not stale but 未填报 (gray)', () => {
    expect(isStale(null, '2022-06')).toBe(false);
  });
});
