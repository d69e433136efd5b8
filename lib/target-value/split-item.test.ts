import { describe, expect, it } from 'vitest';
import { splitTargetFromItem } from './split-item';

describe('splitTargetFromItem', () => {
  it('splits a trailing count', () => {
    expect(splitTargetFromItem('新设金融机构地区总部2家')).toEqual({ name: '新设金融机构地区总部', targetText: '2家' });
    expect(splitTargetFromItem('在穗法人增资扩股金融机构数3家；')).toEqual({
      name: '在穗法人增资扩股金融机构数',
      targetText: '3家',
    });
  });

  it('splits a trailing amount with a scale word', () => {
    expect(splitTargetFromItem('在穗法人金融机构增资扩股额10亿元')).toEqual({
      name: '在穗法人金融机构增资扩股额',
      targetText: '10亿元',
    });
  });

  it('keeps a comparator with the target', () => {
    expect(splitTargetFromItem('企业数不少于 3 家')).toEqual({ name: '企业数', targetText: '不少于 3 家' });
    expect(splitTargetFromItem('满意度90%以上。')).toEqual({ name: '满意度', targetText: '90%以上' });
  });

  it('returns no target for prose', () => {
    expect(splitTargetFromItem('促进在穗法人金融机构发展壮大；')).toEqual({
      name: '促进在穗法人金融机构发展壮大',
      targetText: null,
    });
  });

  it('does not take a trailing year or ordinal for a target', () => {
    expect(splitTargetFromItem('平台于2025年')).toEqual({ name: '平台于2025年', targetText: null });
    expect(splitTargetFromItem('全省排名第3')).toEqual({ name: '全省排名第3', targetText: null });
  });

  it('leaves the name empty for a bare quantity', () => {
    expect(splitTargetFromItem('2家')).toEqual({ name: '', targetText: '2家' });
  });
});
