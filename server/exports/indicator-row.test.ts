import { describe, expect, it } from 'vitest';
import type { Indicator } from '@/db/schema';
import type { EvaluatedIndicator } from '../monitoring/evaluate-projects';
import { indicatorRow } from './indicator-row';

const REPORTS: Indicator = {
  id: 48,
  projectId: 12,
  seq: 3,
  category: '产出指标',
  subcategory: null,
  name: '各类报告数量',
  targetText: '356份',
  targetKind: 'quantitative',
  comparator: null,
  targetValue: 356,
  targetUnit: '份',
  direction: 'higher',
  mode: 'cumulative',
  weight: null,
  targetCorrectedAt: null,
  plannedPeriod: null,
};

const row = (indicator: Indicator) => {
  const evaluated: EvaluatedIndicator = {
    indicator,
    entries: [],
    evaluation: { actual: null, status: null, expected: 178, ratio: null, light: 'gray', met: null, stale: false, latestPeriod: null, reported: false },
  };
  return indicatorRow(evaluated, ['经费保障']);
};

describe('indicatorRow 年度指标值', () => {
  it('is the table’s text while the target is the imported one', () => {
    expect(row(REPORTS).target).toBe('356份');
  });

  it('names the approved target and the table’s text after a 目标调整, and the 计划完成月份', () => {
    const changed = { ...REPORTS, targetValue: 229, targetCorrectedAt: '2022-07-05T06:00:00.000Z' };
    expect(row(changed).target).toBe('229 份 · 累计（经审批调整，原表：356份）');
    expect(row({ ...changed, plannedPeriod: '2022-09' }).target).toBe('229 份 · 累计 · 计划完成月份 2022年9月（经审批调整，原表：356份）');
  });
});
