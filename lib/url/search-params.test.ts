import { describe, expect, it } from 'vitest';
import { firstParam, oneOf, pageParam } from './search-params';

describe('firstParam', () => {
  it('takes the first of repeated values, trimmed, and gives an empty text when absent', () => {
    expect(firstParam({ q: ['  甲 ', '乙'] }, 'q')).toBe('甲');
    expect(firstParam({ q: ' 乙' }, 'q')).toBe('乙');
    expect(firstParam({}, 'q')).toBe('');
    expect(firstParam({ q: [] }, 'q')).toBe('');
  });
});

describe('oneOf', () => {
  it('keeps a listed value only', () => {
    expect(oneOf(['red', 'gray'] as const, 'gray')).toBe('gray');
    expect(oneOf(['red', 'gray'] as const, 'grey')).toBeNull();
    expect(oneOf(['red', 'gray'] as const, '')).toBeNull();
  });
});

describe('pageParam', () => {
  it('is a positive integer or 1', () => {
    expect(pageParam({ page: '3' })).toBe(3);
    for (const page of ['0', '-2', '1.5', 'x', undefined]) expect(pageParam({ page })).toBe(1);
  });
});
