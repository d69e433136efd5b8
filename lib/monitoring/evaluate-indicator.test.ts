import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from './evaluate-indicator';
import { SEED, status, value } from './test-fixtures';

describe('evaluateIndicator', () => {
  it('普惠机制合作银行累计贷款投放额 800亿元 with actuals entered in 万元 and 亿元', () => {
    const { target, mode } = SEED.普惠机制合作银行累计贷款投放额;
    const entries = [value('2022-03', 1_000_000, '万元'), value('2022-05', 200, '亿元')];
    expect(evaluateIndicator({ target, mode, entries, asOf: '2022-06' })).toEqual({
      actual: 300,
      status: null,
      expected: 400,
      ratio: 0.75,
      light: 'yellow',
      met: false,
      stale: false,
      latestPeriod: '2022-05',
      reported: false,
    });
  });

  it('3,000,000 万元 = 300 亿元', () => {
    const { target, mode } = SEED.普惠机制合作银行累计贷款投放额;
    const result = evaluateIndicator({ target, mode, entries: [value('2022-04', 3_000_000, '万元')], asOf: '2022-04' });
    expect(result.actual).toBe(300);
    expect(result.ratio).toBeCloseTo(300 / (800 * (4 / 12)));
    expect(result.light).toBe('green');
  });

  it('throws on an entry whose unit does not convert into the target unit', () => {
    const { target, mode } = SEED.普惠机制合作银行累计贷款投放额;
    expect(() => evaluateIndicator({ target, mode, entries: [value('2022-04', 5, '户')], asOf: '2022-06' })).toThrow(
      '2022-04 的填报单位“户”无法换算为指标单位“亿元”',
    );
  });

  it('召开会议 1 (cumulative): ignores entries after the as-of month', () => {
    const { target, mode } = SEED.召开会议;
    const entries = [value('2022-02', 0), value('2022-09', 1)];
    const june = evaluateIndicator({ target, mode, entries, asOf: '2022-06' });
    expect(june).toMatchObject({ actual: 0, expected: 0.5, ratio: 0, light: 'red', met: false, stale: true });
    expect(june.latestPeriod).toBe('2022-02');
    const december = evaluateIndicator({ target, mode, entries, asOf: '2022-12' });
    expect(december).toMatchObject({ actual: 1, expected: 1, ratio: 1, light: 'green', met: true, stale: true });
  });

  it('受益对象满意度 ≥90% (level): the latest value; stale as of June when last reported in April', () => {
    const { target, mode } = SEED.受益对象满意度;
    const entries = [value('2022-03', 85), value('2022-04', 92)];
    expect(evaluateIndicator({ target, mode, entries, asOf: '2022-06' })).toEqual({
      actual: 92,
      status: null,
      expected: 90,
      ratio: 92 / 90,
      light: 'green',
      met: true,
      stale: true,
      latestPeriod: '2022-04',
      reported: false,
    });
  });

  it('故障率≤1% (reverse): no ratio, light and met by comparator', () => {
    const { target, mode } = SEED.上线运行稳定可靠率;
    const result = evaluateIndicator({ target, mode, entries: [value('2022-05', 1.2)], asOf: '2022-06' });
    expect(result).toMatchObject({ actual: 1.2, expected: 1, ratio: null, light: 'red', met: false, stale: false });
  });

  it('用户投诉次数 0次 (reverse, cumulative): complaints add up', () => {
    const { target, mode } = SEED.用户投诉次数;
    const clean = evaluateIndicator({ target, mode, entries: [value('2022-05', 0)], asOf: '2022-06' });
    expect(clean).toMatchObject({ actual: 0, light: 'green', met: true });
    const entries = [value('2022-04', 0), value('2022-05', 1), value('2022-06', 0)];
    expect(evaluateIndicator({ target, mode, entries, asOf: '2022-06' })).toMatchObject({ actual: 1, light: 'red' });
  });

  it('普惠贷款风险保障水平 有所提升 (qualitative): the latest status', () => {
    const { target, mode } = SEED.普惠贷款风险保障水平;
    const entries = [status('2022-03', '未达成'), status('2022-05', '部分达成'), status('2022-07', '达成')];
    expect(evaluateIndicator({ target, mode, entries, asOf: '2022-06' })).toEqual({
      actual: null,
      status: '部分达成',
      expected: null,
      ratio: null,
      light: 'yellow',
      met: false,
      stale: false,
      latestPeriod: '2022-05',
      reported: false,
    });
  });

  it('no entry yet: gray, met unknown, not stale', () => {
    const { target, mode } = SEED.召开会议;
    expect(evaluateIndicator({ target, mode, entries: [], asOf: '2022-06' })).toEqual({
      actual: null,
      status: null,
      expected: 0.5,
      ratio: null,
      light: 'gray',
      met: null,
      stale: false,
      latestPeriod: null,
      reported: false,
    });
  });

  it('召开会议 1次 planned for 2022-09: green with nothing done in June, red with nothing done in October', () => {
    const { target, mode } = SEED.召开会议;
    const june = evaluateIndicator({ target, mode, entries: [value('2022-06', 0)], asOf: '2022-06', plannedPeriod: '2022-09' });
    expect(june).toMatchObject({ actual: 0, expected: 0, light: 'green', met: false, reported: true });
    const entries = [value('2022-06', 0), value('2022-10', 0)];
    const october = evaluateIndicator({ target, mode, entries, asOf: '2022-10', plannedPeriod: '2022-09' });
    expect(october).toMatchObject({ actual: 0, expected: 1, ratio: 0, light: 'red', reported: true });
    const held = evaluateIndicator({ target, mode, entries: [value('2022-09', 1)], asOf: '2022-10', plannedPeriod: '2022-09' });
    expect(held).toMatchObject({ actual: 1, expected: 1, light: 'green', met: true, reported: false });
  });

  it('is reported for the as-of month only by an entry of that month', () => {
    const { target, mode } = SEED.消防安全检查次数;
    const entries = [value('2022-10', 1), value('2022-11', 1)];
    expect(evaluateIndicator({ target, mode, entries, asOf: '2022-11' }).reported).toBe(true);
    expect(evaluateIndicator({ target, mode, entries, asOf: '2022-12' }).reported).toBe(false);
  });
});

describe('evaluateIndicator at year end', () => {
  /** 涉农贷款余额（亿元），年度指标值：3000 — a balance (level), unit from the name. */
  const 涉农贷款余额 = { kind: 'quantitative', comparator: null, value: 3000, unit: '亿元', direction: 'higher' } as const;

  it('2,760 of 3,000 (v = 0.92) is yellow in December, not green: the target is not met', () => {
    const december = evaluateIndicator({ target: 涉农贷款余额, mode: 'level', entries: [value('2022-12', 2760)], asOf: '2022-12' });
    expect(december).toMatchObject({ actual: 2760, ratio: 0.92, met: false, light: 'yellow' });
    const november = evaluateIndicator({ target: 涉农贷款余额, mode: 'level', entries: [value('2022-11', 2760)], asOf: '2022-11' });
    expect(november.light).toBe('green');
  });

  it('is red below the red threshold, and green or blue only when met', () => {
    const at = (v: number) => evaluateIndicator({ target: 涉农贷款余额, mode: 'level', entries: [value('2022-12', v)], asOf: '2022-12' }).light;
    expect(at(1700)).toBe('red');
    expect(at(1800)).toBe('yellow');
    expect(at(3000)).toBe('green');
    expect(at(3600)).toBe('blue');
  });

  it('leaves reverse and qualitative lights as they are', () => {
    const faults = evaluateIndicator({ ...SEED.上线运行稳定可靠率, entries: [value('2022-12', 0.5)], asOf: '2022-12' });
    expect(faults.light).toBe('green');
    const partly = evaluateIndicator({ ...SEED.普惠贷款风险保障水平, entries: [status('2022-12', '部分达成')], asOf: '2022-12' });
    expect(partly.light).toBe('yellow');
  });
});
