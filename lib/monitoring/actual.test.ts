import { describe, expect, it } from 'vitest';
import { computeActual } from './actual';
import { status, value } from './test-fixtures';

describe('computeActual', () => {
  it('cumulative (召开会议, 本月完成): sums the period values', () => {
    const entries = [value('2022-03', 1), value('2022-01', 0), value('2022-05', 2)];
    expect(computeActual('cumulative', entries, '2022-06')).toEqual({
      value: 3,
      status: null,
      latestPeriod: '2022-05',
    });
  });

  it('level (受益对象满意度, 截至本月): the latest period value, whatever the order given', () => {
    const entries = [value('2022-05', 92), value('2022-02', 85), value('2022-04', 95)];
    expect(computeActual('level', entries, '2022-06').value).toBe(92);
  });

  it('qualitative (普惠贷款风险保障水平): the latest status', () => {
    const entries = [status('2022-04', '部分达成'), status('2022-02', '未达成')];
    expect(computeActual('qualitative', entries, '2022-06')).toEqual({
      value: null,
      status: '部分达成',
      latestPeriod: '2022-04',
    });
  });

  it('ignores entries of months after the as-of month', () => {
    const entries = [value('2022-03', 1), value('2022-07', 5), value('2022-12', 9)];
    expect(computeActual('cumulative', entries, '2022-06')).toEqual({
      value: 1,
      status: null,
      latestPeriod: '2022-03',
    });
    expect(computeActual('level', entries, '2022-07').value).toBe(5);
  });

  it('counts an entry of the as-of month itself', () => {
    expect(computeActual('level', [value('2022-06', 88)], '2022-06').value).toBe(88);
  });

  it('has nothing without entries (未填报)', () => {
    expect(computeActual('cumulative', [], '2022-06')).toEqual({ value: null, status: null, latestPeriod: null });
    expect(computeActual('qualitative', [], '2022-06').status).toBeNull();
  });

  it('skips entries without the figure the mode asks for', () => {
    expect(computeActual('level', [value('2022-02', 90), value('2022-03', null)], '2022-06')).toEqual({
      value: 90,
      status: null,
      latestPeriod: '2022-02',
    });
    expect(computeActual('qualitative', [value('2022-02', 1)], '2022-06').latestPeriod).toBeNull();
  });

  it('refuses entries outside the budget year and duplicate periods', () => {
    expect(() => computeActual('cumulative', [value('2021-12', 1)], '2022-06')).toThrow('不在 2022 预算年度内');
    expect(() => computeActual('cumulative', [value('2022-02', 1), value('2022-02', 2)], '2022-06')).toThrow(
      '同一期间 2022-02 有多条记录',
    );
  });
});
