import { describe, expect, it } from 'vitest';
import { indicatorTrend } from './trend';

describe('indicatorTrend', () => {
  it('accumulates a cumulative indicator month by month against target × m/12', () => {
    const points = indicatorTrend({
      target: { kind: 'quantitative', comparator: null, value: 12, unit: '次', direction: 'higher' },
      mode: 'cumulative',
      entries: [
        { period: '2022-01', value: 1, status: null },
        { period: '2022-03', value: 2, status: null },
      ],
      asOf: '2022-04',
    });
    expect(points).toEqual([
      { period: '2022-01', actual: 1, expected: 1 },
      { period: '2022-02', actual: 1, expected: 2 },
      { period: '2022-03', actual: 3, expected: 3 },
      { period: '2022-04', actual: 3, expected: 4 },
    ]);
  });

  it('has no actual before the first report of a level indicator', () => {
    const points = indicatorTrend({
      target: { kind: 'quantitative', comparator: '>=', value: 90, unit: '%', direction: 'higher' },
      mode: 'level',
      entries: [{ period: '2022-02', value: 85, status: null }],
      asOf: '2022-02',
    });
    expect(points.map((p) => p.actual)).toEqual([null, 85]);
    expect(points.map((p) => p.expected)).toEqual([90, 90]);
  });
});
