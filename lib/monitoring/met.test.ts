import { describe, expect, it } from 'vitest';
import type { Target } from '../target-value/types';
import type { Actual } from './actual';
import { isMet } from './met';
import { SEED } from './test-fixtures';
import type { QualitativeStatus } from './types';

const number = (value: number | null): Actual => ({ value, status: null, latestPeriod: '2022-05' });
const qualitative = (status: QualitativeStatus | null): Actual => ({ value: null, status, latestPeriod: null });

describe('isMet', () => {
  it('bare positive number: ≥ (召开会议 1)', () => {
    expect(isMet(SEED.召开会议.target, number(1))).toBe(true);
    expect(isMet(SEED.召开会议.target, number(2))).toBe(true);
    expect(isMet(SEED.召开会议.target, number(0))).toBe(false);
  });

  it('comparator as written (受益对象满意度 ≥90%, 集成联调通过率高于95%)', () => {
    expect(isMet(SEED.受益对象满意度.target, number(90))).toBe(true);
    expect(isMet(SEED.受益对象满意度.target, number(89.9))).toBe(false);
    expect(isMet(SEED.项目集成联调通过率.target, number(95))).toBe(false);
    expect(isMet(SEED.项目集成联调通过率.target, number(96))).toBe(true);
  });

  it('reverse (故障率≤1%; 用户投诉次数 bare 0 → ≤)', () => {
    expect(isMet(SEED.上线运行稳定可靠率.target, number(1))).toBe(true);
    expect(isMet(SEED.上线运行稳定可靠率.target, number(1.01))).toBe(false);
    expect(isMet(SEED.用户投诉次数.target, number(0))).toBe(true);
    expect(isMet(SEED.用户投诉次数.target, number(2))).toBe(false);
  });

  it('= and the tolerance', () => {
    const exact: Target = { ...SEED.受益对象满意度.target, comparator: '=', value: 100 };
    expect(isMet(exact, number(100))).toBe(true);
    expect(isMet(exact, number(99))).toBe(false);
    expect(isMet(SEED.召开会议.target, number(0.1 + 0.2 + 0.7))).toBe(true);
  });

  it('qualitative: only 达成 is met', () => {
    const { target } = SEED.普惠贷款风险保障水平;
    expect(isMet(target, qualitative('达成'))).toBe(true);
    expect(isMet(target, qualitative('部分达成'))).toBe(false);
    expect(isMet(target, qualitative('未达成'))).toBe(false);
  });

  it('not known (null) without an entry or a target value', () => {
    expect(isMet(SEED.召开会议.target, number(null))).toBeNull();
    expect(isMet(SEED.普惠贷款风险保障水平.target, qualitative(null))).toBeNull();
    expect(isMet({ ...SEED.召开会议.target, value: null }, number(1))).toBeNull();
  });
});
