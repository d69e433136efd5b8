import { describe, expect, it } from 'vitest';
import { parseSummaryParams, selectSummaryRows, summaryQuery } from './summary-params';

const rows = [
  { seq: 1, total: 72.94, grade: '中' as const, status: 'draft' as const, executionRate: 0.96, warnings: [] },
  { seq: 2, total: 91.2, grade: '优' as const, status: 'submitted' as const, executionRate: 0.5, warnings: ['spending-gap'] },
  { seq: 3, total: 80.55, grade: '良' as const, status: 'approved' as const, executionRate: null, warnings: [] },
];

describe('自评汇总 params', () => {
  it('reads the URL, ignoring what it does not know', () => {
    expect(parseSummaryParams({ grade: '优', status: 'nope', warned: '1', sort: 'total', dir: 'desc' })).toEqual({ grade: '优', status: null, warned: true, sort: 'total', dir: 'desc' });
    expect(parseSummaryParams({})).toEqual({ grade: null, status: null, warned: false, sort: 'seq', dir: 'asc' });
  });

  it('filters and sorts, ties by 序号', () => {
    const all = parseSummaryParams({});
    expect(selectSummaryRows(rows, { ...all, sort: 'total', dir: 'desc' }).map((r) => r.seq)).toEqual([2, 3, 1]);
    expect(selectSummaryRows(rows, { ...all, sort: 'rate' }).map((r) => r.seq)).toEqual([3, 2, 1]);
    expect(selectSummaryRows(rows, { ...all, warned: true }).map((r) => r.seq)).toEqual([2]);
    expect(selectSummaryRows(rows, { ...all, grade: '良' }).map((r) => r.seq)).toEqual([3]);
  });

  it('writes a query string without the defaults', () => {
    expect(summaryQuery({ year: '2022' }, parseSummaryParams({}), { sort: 'total', dir: 'desc' })).toBe('year=2022&sort=total&dir=desc');
  });
});
