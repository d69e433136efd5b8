import { describe, expect, it } from 'vitest';
import { computeActual } from './actual';
import { actualOfAggregate } from './aggregate-actual';
import { isReportedAtLatest, isReportedFor } from './reported';
import { SEED, status, value } from './test-fixtures';

describe('actualOfAggregate', () => {
  it('cumulative (普惠机制合作银行累计贷款投放额 800亿元): the per-unit sums converted into the target unit and added', () => {
    const { target, mode } = SEED.普惠机制合作银行累计贷款投放额;
    const latest = { period: '2022-05', value: 5000, unit: '万元', status: null };
    const actual = actualOfAggregate(target, mode, { latest, sums: [{ unit: null, total: 60 }, { unit: '万元', total: 5000 * 10_000 }] });
    expect(actual).toEqual({ value: 60 + 5000, status: null, latestPeriod: '2022-05' });
  });

  it('level (受益对象满意度): the latest value; qualitative: the latest status; nothing: 未填报', () => {
    const level = SEED.受益对象满意度;
    expect(actualOfAggregate(level.target, level.mode, { latest: { period: '2022-04', value: 92, unit: '%', status: null }, sums: [] }).value).toBe(92);
    const q = SEED.普惠贷款风险保障水平;
    expect(actualOfAggregate(q.target, q.mode, { latest: { period: '2022-04', value: null, unit: null, status: '部分达成' }, sums: [] })).toEqual(
      computeActual('qualitative', [status('2022-02', '未达成'), status('2022-04', '部分达成')], '2022-06'),
    );
    expect(actualOfAggregate(level.target, level.mode, { latest: null, sums: [] })).toEqual({ value: null, status: null, latestPeriod: null });
  });

  it('refuses a unit that does not convert, as evaluateIndicator does', () => {
    const { target, mode } = SEED.消防安全检查次数;
    expect(() => actualOfAggregate(target, mode, { latest: { period: '2022-01', value: 1, unit: '元', status: null }, sums: [{ unit: '元', total: 1 }] })).toThrow(RangeError);
  });
});

describe('isReportedAtLatest', () => {
  it('is isReportedFor on the latest period that counts at or before the month', () => {
    const entries = [value('2022-05', 3), value('2022-06', null)];
    expect(isReportedFor('cumulative', entries, '2022-06')).toBe(false);
    expect(isReportedAtLatest('2022-05', '2022-06')).toBe(false);
    expect(isReportedFor('cumulative', entries, '2022-05')).toBe(true);
    expect(isReportedAtLatest('2022-05', '2022-05')).toBe(true);
    expect(isReportedAtLatest(null, '2022-05')).toBe(false);
  });
});
