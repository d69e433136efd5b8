import { describe, expect, it } from 'vitest';
import type { EntryWithAuthor } from '@/db/queries/indicators';
import type { Indicator } from '@/db/schema';
import type { ProjectRow } from '@/lib/project-list/filter-rows';
import type { IndicatorDetail } from '../projects/get-project-detail';
import { amountsJson, entryJson, indicatorJson, projectRowJson } from './project-json';

const indicator: Indicator = {
  id: 62,
  projectId: 14,
  seq: 4,
  category: '产出指标',
  subcategory: null,
  name: '为企业出具上市守法证明协调函',
  targetText: '≥180次',
  targetKind: 'quantitative',
  comparator: '>=',
  targetValue: 180,
  targetUnit: '次',
  direction: 'higher',
  mode: 'cumulative',
  weight: null,
  targetCorrectedAt: null,
  plannedPeriod: null,
};

function entry(id: number, period: string, value: number, supersededAt: string | null = null): EntryWithAuthor {
  return {
    id,
    indicatorId: 62,
    period,
    value,
    unit: '次',
    status: null,
    forecast: 170,
    reasons: [],
    explanation: '',
    possibility: null,
    note: '',
    confirmedWarnings: [],
    userId: 3,
    createdAt: `${period}-28T08:00:00.000Z`,
    supersededAt,
    username: 'owner',
    displayName: '项目负责人甲',
  };
}

function detail(history: EntryWithAuthor[]): IndicatorDetail {
  return {
    indicator,
    evaluation: { actual: 81, status: null, expected: 90, ratio: 0.9, light: 'green', met: false, stale: false, latestPeriod: '2022-06', reported: true },
    progress: 0.45,
    expectedProgress: 0.5,
    trend: [],
    history,
    targetChanges: [],
    pendingTargetChange: null,
    ifApproved: null,
  };
}

describe('entryJson', () => {
  it('names the author by username and the time as ISO', () => {
    expect(entryJson(entry(5, '2022-05', 40))).toEqual({
      id: 5,
      period: '2022-05',
      value: 40,
      status: null,
      unit: '次',
      forecast: 170,
      reasons: [],
      explanation: '',
      possibility: null,
      note: '',
      by: 'owner',
      at: '2022-05-28T08:00:00.000Z',
    });
  });
});

describe('indicatorJson', () => {
  it('gives the target, the evaluation as fractions and the current entries up to asOf, oldest first', () => {
    const json = indicatorJson(
      detail([entry(7, '2022-06', 41), entry(5, '2022-05', 30, '2022-05-30T00:00:00Z'), entry(6, '2022-05', 40), entry(9, '2022-07', 50)]),
      '2022-06',
    );
    expect(json).toMatchObject({
      id: 62,
      seq: 4,
      category: '产出指标',
      targetText: '≥180次',
      target: { kind: 'quantitative', comparator: '>=', value: 180, unit: '次', direction: 'higher' },
      mode: 'cumulative',
      plannedPeriod: null,
      pendingTargetChange: null,
      actual: 81,
      expected: 90,
      ratio: 0.9,
      light: 'green',
      met: false,
      stale: false,
    });
    expect(json.entries.map((e) => [e.id, e.period, e.value])).toEqual([
      [6, '2022-05', 40],
      [7, '2022-06', 41],
    ]);
    expect(Object.keys(json).sort()).toEqual(
      ['id', 'seq', 'category', 'name', 'targetText', 'target', 'mode', 'plannedPeriod', 'pendingTargetChange', 'actual', 'expected', 'ratio', 'light', 'met', 'stale', 'entries'].sort(),
    );
  });

  it('gives the latest status as the actual of a qualitative indicator', () => {
    const qualitative = { ...indicator, targetKind: 'qualitative' as const, comparator: null, targetValue: null, targetUnit: null, direction: null, mode: 'level' as const };
    const base = detail([]);
    const json = indicatorJson(
      { ...base, indicator: qualitative, evaluation: { ...base.evaluation, actual: null, status: '部分达成', expected: null, ratio: null, light: 'yellow' } },
      '2022-06',
    );
    expect(json.actual).toBe('部分达成');
    expect(json.target.kind).toBe('qualitative');
  });
});

describe('projectRowJson', () => {
  it('keeps the list fields, owners as usernames and the execution rate as a fraction', () => {
    const row: ProjectRow = {
      id: 14,
      seq: 14,
      name: '推动资本市场发展工作经费',
      total: 60,
      owners: [{ username: 'owner', displayName: '项目负责人甲' }],
      indicatorCount: 4,
      onTrackCount: 1,
      reportedCount: 1,
      light: 'red',
      budgetLight: 'green',
      executionRate: 0.45,
      indicatorTags: [{ category: '产出指标', light: 'red', reported: true }],
      keyMonitored: false,
    };
    const amounts = amountsJson({ total: 60, fiscal: 60, specialAccount: null, other: null });
    expect(projectRowJson(row, amounts)).toEqual({
      id: 14,
      name: '推动资本市场发展工作经费',
      amounts: { total: 60, fiscal: 60, specialAccount: null, other: null },
      owners: ['owner'],
      light: 'red',
      budgetLight: 'green',
      executionRate: 0.45,
      indicatorCount: 4,
    });
  });
});
