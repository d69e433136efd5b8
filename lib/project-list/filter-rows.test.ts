import { describe, expect, it } from 'vitest';
import { filterRows, pageRows, sortRows, type ProjectRow } from './filter-rows';
import { listParamsToQuery, parseListParams } from './params';

function row(id: number, overrides: Partial<ProjectRow> = {}): ProjectRow {
  return {
    id,
    seq: id,
    name: `项目${id}`,
    total: id * 10,
    owners: [{ username: 'owner', displayName: '甲' }],
    indicatorCount: 2,
    onTrackCount: 1,
    reportedCount: 2,
    light: 'green',
    budgetLight: 'gray',
    executionRate: null,
    indicatorTags: [{ category: '产出指标', light: 'green', reported: true }],
    keyMonitored: false,
    ...overrides,
  };
}

const rows = [
  row(1, { name: '广州金融宣传工作经费', light: 'red', indicatorTags: [{ category: '效益指标', light: 'red', reported: true }] }),
  row(2, { owners: [{ username: 'owner2', displayName: '乙' }], keyMonitored: true, indicatorTags: [{ category: '产出指标', light: 'green', reported: false }] }),
  row(3, { light: 'yellow', total: null, indicatorTags: [{ category: '产出指标', light: 'yellow', reported: true }, { category: '效益指标', light: 'green', reported: true }] }),
];

describe('project list params', () => {
  it('parses the URL, ignoring unknown values, and writes back only what differs from the defaults', () => {
    const params = parseListParams({ q: ' 金融 ', light: 'purple', ilight: 'red', sort: 'drop table', page: '-3', size: '100', key: '1' });
    expect(params).toMatchObject({ q: '金融', light: null, indicatorLight: 'red', sort: 'seq', page: 1, size: 100, keyOnly: true });
    expect(listParamsToQuery(params)).toEqual({ q: '金融', ilight: 'red', size: '100', key: '1' });
  });
});

describe('filterRows', () => {
  it('filters by name, owner, light and the 重点监控 flag', () => {
    expect(filterRows(rows, parseListParams({ q: '宣传' })).map((r) => r.id)).toEqual([1]);
    expect(filterRows(rows, parseListParams({ owner: 'owner2' })).map((r) => r.id)).toEqual([2]);
    expect(filterRows(rows, parseListParams({ light: 'yellow' })).map((r) => r.id)).toEqual([3]);
    expect(filterRows(rows, parseListParams({ key: '1' })).map((r) => r.id)).toEqual([2]);
  });

  it('matches category and indicator light on the same indicator', () => {
    expect(filterRows(rows, parseListParams({ category: '效益指标' })).map((r) => r.id)).toEqual([1, 3]);
    expect(filterRows(rows, parseListParams({ category: '效益指标', ilight: 'red' })).map((r) => r.id)).toEqual([1]);
    expect(filterRows(rows, parseListParams({ category: '产出指标', ilight: 'red' }))).toEqual([]);
  });

  it('finds the projects with an indicator not reported for the month (the overview\'s 未填报 drill-down)', () => {
    expect(filterRows(rows, parseListParams({ unreported: '1' })).map((r) => r.id)).toEqual([2]);
    expect(filterRows(rows, parseListParams({ unreported: '1', category: '效益指标' }))).toEqual([]);
    expect(listParamsToQuery(parseListParams({ unreported: '1' }))).toEqual({ unreported: '1' });
  });
});

describe('sortRows and pageRows', () => {
  it('sorts by a column either way, unknown amounts last when ascending is reversed', () => {
    expect(sortRows(rows, parseListParams({ sort: 'total', dir: 'desc' })).map((r) => r.id)).toEqual([2, 1, 3]);
    expect(sortRows(rows, parseListParams({ sort: 'light', dir: 'desc' })).map((r) => r.id)).toEqual([1, 3, 2]);
  });

  it('clamps the page into range', () => {
    expect(pageRows([1, 2, 3, 4, 5], 9, 2)).toEqual({ rows: [5], page: 3, pageCount: 3 });
    expect(pageRows([], 1, 20)).toEqual({ rows: [], page: 1, pageCount: 1 });
  });
});
