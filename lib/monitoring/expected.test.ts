import { describe, expect, it } from 'vitest';
import { expectedByNow } from './expected';
import { SEED } from './test-fixtures';

describe('expectedByNow', () => {
  it('cumulative: target × t (召开会议 1 as of June → 0.5; 800亿元 as of March → 200)', () => {
    expect(expectedByNow(SEED.召开会议.target, 'cumulative', '2022-06')).toBe(0.5);
    expect(expectedByNow(SEED.普惠机制合作银行累计贷款投放额.target, 'cumulative', '2022-03')).toBe(200);
    expect(expectedByNow(SEED.召开会议.target, 'cumulative', '2022-12')).toBe(1);
  });

  it('level: the target itself (受益对象满意度 ≥90%)', () => {
    expect(expectedByNow(SEED.受益对象满意度.target, 'level', '2022-03')).toBe(90);
  });

  it('reverse: the whole-year limit in both modes (用户投诉次数 0次, 故障率≤1%)', () => {
    expect(expectedByNow(SEED.用户投诉次数.target, 'cumulative', '2022-06')).toBe(0);
    expect(expectedByNow(SEED.上线运行稳定可靠率.target, 'level', '2022-06')).toBe(1);
  });

  it('none for a qualitative target or a target without a value', () => {
    expect(expectedByNow(SEED.普惠贷款风险保障水平.target, 'cumulative', '2022-06')).toBeNull();
    expect(expectedByNow({ ...SEED.召开会议.target, value: null }, 'cumulative', '2022-06')).toBeNull();
  });
});

describe('expectedByNow with a 计划完成月份', () => {
  it('召开会议 1次 planned for 2022-09: nothing expected before September, the whole target from it on', () => {
    const { target } = SEED.召开会议;
    expect(expectedByNow(target, 'cumulative', '2022-06', '2022-09')).toBe(0);
    expect(expectedByNow(target, 'cumulative', '2022-08', '2022-09')).toBe(0);
    expect(expectedByNow(target, 'cumulative', '2022-09', '2022-09')).toBe(1);
    expect(expectedByNow(target, 'cumulative', '2022-10', '2022-09')).toBe(1);
  });

  it('the same for a level, while a reverse limit holds all year', () => {
    expect(expectedByNow(SEED.受益对象满意度.target, 'level', '2022-03', '2022-06')).toBe(0);
    expect(expectedByNow(SEED.受益对象满意度.target, 'level', '2022-06', '2022-06')).toBe(90);
    expect(expectedByNow(SEED.用户投诉次数.target, 'cumulative', '2022-03', '2022-06')).toBe(0);
    expect(expectedByNow(SEED.上线运行稳定可靠率.target, 'level', '2022-03', '2022-06')).toBe(1);
  });
});
