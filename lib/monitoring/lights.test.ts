import { describe, expect, it } from 'vitest';
import type { Target } from '../target-value/types';
import type { Actual } from './actual';
import { expectedByNow } from './expected';
import { budgetLight, indicatorLight, positiveLight, projectLight, qualitativeLight, reverseLight } from './lights';
import { DEFAULT_MONITORING_SETTINGS } from './settings';
import { SEED, 优化营商环境工作经费_总计 } from './test-fixtures';
import type { Period, QualitativeStatus } from './types';

const number = (value: number | null): Actual => ({ value, status: null, latestPeriod: '2022-05' });
const qualitative = (status: QualitativeStatus | null): Actual => ({ value: null, status, latestPeriod: null });

function lightOf(indicator: { target: Target; mode: 'cumulative' | 'level' }, value: number | null, asOf: Period) {
  return indicatorLight(indicator.target, number(value), expectedByNow(indicator.target, indicator.mode, asOf));
}

describe('positiveLight', () => {
  it('bands v < 0.6 red, < 0.8 yellow, < 1.2 green, else blue', () => {
    expect(positiveLight(0)).toBe('red');
    expect(positiveLight(0.59)).toBe('red');
    expect(positiveLight(0.6)).toBe('yellow');
    expect(positiveLight(0.79)).toBe('yellow');
    expect(positiveLight(0.8)).toBe('green');
    expect(positiveLight(1.19)).toBe('green');
    expect(positiveLight(1.2)).toBe('blue');
    expect(positiveLight(3)).toBe('blue');
  });

  it('counts (4/12)/(5/12) as 0.8: green, not yellow', () => {
    expect((4 / 12) / (5 / 12)).toBeLessThan(0.8);
    expect(positiveLight((4 / 12) / (5 / 12))).toBe('green');
    expect(positiveLight((4 / 12) / (5 / 12), { ...DEFAULT_MONITORING_SETTINGS, tolerance: 0 })).toBe('yellow');
  });

  it('treats values within the tolerance of a threshold as on it', () => {
    expect(positiveLight(0.6 - 1e-12)).toBe('yellow');
    expect(positiveLight(1.2 - 1e-12)).toBe('blue');
    expect(positiveLight(0.8 - 1e-6)).toBe('yellow');
  });

  it('follows configured thresholds', () => {
    const settings = { ...DEFAULT_MONITORING_SETTINGS, lightThresholds: { red: 0.5, yellow: 0.7, green: 1.5 } };
    expect(positiveLight(0.55, settings)).toBe('yellow');
    expect(positiveLight(0.75, settings)).toBe('green');
    expect(positiveLight(1.3, settings)).toBe('green');
  });
});

describe('indicatorLight', () => {
  it('cumulative positive (消防安全检查次数 12次, as of May expected 5)', () => {
    expect(lightOf(SEED.消防安全检查次数, 4, '2022-05')).toBe('green');
    expect(lightOf(SEED.消防安全检查次数, 3, '2022-05')).toBe('yellow');
    expect(lightOf(SEED.消防安全检查次数, 2, '2022-05')).toBe('red');
    expect(lightOf(SEED.消防安全检查次数, 6, '2022-05')).toBe('blue');
  });

  it('cumulative positive (召开会议 1): none by June red, the one meeting already held blue', () => {
    expect(lightOf(SEED.召开会议, 0, '2022-06')).toBe('red');
    expect(lightOf(SEED.召开会议, 1, '2022-06')).toBe('blue');
    expect(lightOf(SEED.召开会议, 1, '2022-12')).toBe('green');
  });

  it('level positive (受益对象满意度 ≥90%) compares with the whole target', () => {
    expect(lightOf(SEED.受益对象满意度, 95, '2022-03')).toBe('green');
    expect(lightOf(SEED.受益对象满意度, 80, '2022-03')).toBe('green');
    expect(lightOf(SEED.受益对象满意度, 70, '2022-03')).toBe('yellow');
    expect(lightOf(SEED.受益对象满意度, 50, '2022-03')).toBe('red');
  });

  it('reverse (故障率≤1%): green within the limit, red above', () => {
    expect(lightOf(SEED.上线运行稳定可靠率, 0.5, '2022-06')).toBe('green');
    expect(lightOf(SEED.上线运行稳定可靠率, 1, '2022-06')).toBe('green');
    expect(lightOf(SEED.上线运行稳定可靠率, 1.5, '2022-06')).toBe('red');
  });

  it('reverse with a bare 0 (用户投诉次数 0次) is a limit: ≤', () => {
    expect(lightOf(SEED.用户投诉次数, 0, '2022-06')).toBe('green');
    expect(lightOf(SEED.用户投诉次数, 1, '2022-06')).toBe('red');
  });

  it('reverse with a strict comparator (故障率低于1%)', () => {
    const target: Target = { ...SEED.上线运行稳定可靠率.target, comparator: '<' };
    expect(reverseLight(1, target)).toBe('red');
    expect(reverseLight(0.99, target)).toBe('green');
  });

  it('qualitative (普惠贷款风险保障水平 有所提升): 达成 green, 部分达成 yellow, 未达成 red', () => {
    const { target } = SEED.普惠贷款风险保障水平;
    expect(indicatorLight(target, qualitative('达成'), null)).toBe('green');
    expect(indicatorLight(target, qualitative('部分达成'), null)).toBe('yellow');
    expect(indicatorLight(target, qualitative('未达成'), null)).toBe('red');
    expect(qualitativeLight(null)).toBe('gray');
  });

  it('gray with no entry, or for a quantitative target without a value', () => {
    expect(lightOf(SEED.召开会议, null, '2022-06')).toBe('gray');
    expect(indicatorLight(SEED.普惠贷款风险保障水平.target, qualitative(null), null)).toBe('gray');
    const noValue: Target = { ...SEED.召开会议.target, value: null };
    expect(indicatorLight(noValue, number(1), expectedByNow(noValue, 'cumulative', '2022-06'))).toBe('gray');
    expect(reverseLight(1, { ...SEED.用户投诉次数.target, value: null })).toBe('gray');
  });

  it('a positive target of 0 has no ratio and is judged by its comparator', () => {
    const zero: Target = { ...SEED.召开会议.target, value: 0 };
    expect(indicatorLight(zero, number(0), 0)).toBe('green');
    expect(indicatorLight({ ...zero, comparator: '>' }, number(0), 0)).toBe('red');
  });
});

describe('budgetLight', () => {
  const total = 优化营商环境工作经费_总计;

  it('v = 执行率 / t; 10 of 30 万元 by May is (4/12)/(5/12) = 0.8: green', () => {
    expect(budgetLight(10, total, 5 / 12)).toBe('green');
    expect(budgetLight(9, total, 5 / 12)).toBe('yellow');
    expect(budgetLight(7, total, 5 / 12)).toBe('red');
    expect(budgetLight(30, total, 5 / 12)).toBe('green');
  });

  it('gray with no execution recorded or no total; a recorded 0 is red', () => {
    expect(budgetLight(null, total, 5 / 12)).toBe('gray');
    expect(budgetLight(10, null, 5 / 12)).toBe('gray');
    expect(budgetLight(10, 0, 5 / 12)).toBe('gray');
    expect(budgetLight(0, total, 5 / 12)).toBe('red');
  });

  it('follows configured thresholds and refuses t ≤ 0', () => {
    const settings = { ...DEFAULT_MONITORING_SETTINGS, budgetThresholds: { red: 0.5, yellow: 0.9 } };
    expect(budgetLight(7, total, 5 / 12, settings)).toBe('yellow');
    expect(budgetLight(10, total, 5 / 12, settings)).toBe('yellow');
    expect(() => budgetLight(10, total, 0)).toThrow(RangeError);
  });
});

describe('projectLight', () => {
  it('is the worst light: red > yellow > green > blue', () => {
    expect(projectLight(['green', 'yellow', 'blue'])).toBe('yellow');
    expect(projectLight(['blue', 'red', 'yellow'])).toBe('red');
    expect(projectLight(['blue', 'green'])).toBe('green');
    expect(projectLight(['blue', 'blue'])).toBe('blue');
  });

  it('counts gray only when all are gray', () => {
    expect(projectLight(['gray', 'green', 'gray'])).toBe('green');
    expect(projectLight(['gray', 'blue'])).toBe('blue');
    expect(projectLight(['gray', 'gray'])).toBe('gray');
    expect(projectLight([])).toBe('gray');
  });
});
