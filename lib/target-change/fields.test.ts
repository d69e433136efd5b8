import { describe, expect, it } from 'vitest';
import { changedTargetFields, describeTargetFields, normalizeTargetFields, type TargetFields } from './fields';

/** 各类报告数量，年度指标值：356份. */
const REPORTS: TargetFields = { kind: 'quantitative', comparator: null, value: 356, unit: '份', direction: 'higher', mode: 'cumulative', plannedPeriod: null };

describe('target fields', () => {
  it('names the fields a change moves', () => {
    expect(changedTargetFields(REPORTS, { ...REPORTS, value: 229 })).toEqual(['value']);
    expect(changedTargetFields(REPORTS, { ...REPORTS, comparator: '>=', plannedPeriod: '2022-09' })).toEqual(['comparator', 'plannedPeriod']);
    expect(changedTargetFields(REPORTS, { ...REPORTS })).toEqual([]);
  });

  it('reads an empty unit as none and drops value and unit of a qualitative target', () => {
    expect(changedTargetFields({ ...REPORTS, unit: null }, { ...REPORTS, unit: ' ' })).toEqual([]);
    expect(normalizeTargetFields({ ...REPORTS, kind: 'qualitative' })).toMatchObject({ kind: 'qualitative', value: null, unit: null });
  });

  it('describes a target in one line', () => {
    expect(describeTargetFields({ ...REPORTS, comparator: '>=', value: 229 })).toBe('≥ 229 份 · 累计');
    expect(describeTargetFields({ ...REPORTS, value: 1, unit: '次', plannedPeriod: '2022-09' })).toBe('1 次 · 累计 · 计划完成月份 2022年9月');
    expect(describeTargetFields({ ...REPORTS, kind: 'qualitative', value: null, unit: null, mode: 'level' })).toBe('提升（定性）');
  });
});
