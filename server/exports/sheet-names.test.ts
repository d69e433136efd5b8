import { describe, expect, it } from 'vitest';
import { uniqueSheetNames } from './sheet-names';

describe('uniqueSheetNames', () => {
  it('keeps short Chinese names and cuts long ones to 31 characters', () => {
    const long = `1 ${'广州市金融业综合业务管理平台'.repeat(3)}`;
    const [short, cut] = uniqueSheetNames(['14 推动资本市场发展工作经费', long]);
    expect(short).toBe('14 推动资本市场发展工作经费');
    expect(cut).toBe(long.slice(0, 31));
  });

  it('replaces the characters Excel refuses and strips quotes at either end', () => {
    expect(uniqueSheetNames(['a/b\\c:d*e?f[g]h', "'引号'", '   '])).toEqual(['a_b_c_d_e_f_g_h', '引号', 'Sheet']);
  });

  it('makes names unique regardless of case, within the length limit, and avoids History', () => {
    const long = '项'.repeat(40);
    expect(uniqueSheetNames(['Plan', 'plan', 'PLAN', 'history', long, long])).toEqual([
      'Plan',
      'plan(2)',
      'PLAN(3)',
      'history(2)',
      '项'.repeat(31),
      `${'项'.repeat(28)}(2)`,
    ]);
  });

  it('never splits a character outside the basic plane', () => {
    const [name] = uniqueSheetNames([`${'a'.repeat(30)}𠮷`]);
    expect(name).toBe('a'.repeat(30));
  });
});
