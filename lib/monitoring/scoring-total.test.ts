import { describe, expect, it } from 'vitest';
import type { Category, Target } from '../target-value/types';
import type { ScoredIndicatorInput } from './scoring';
import { scoreSelfEvaluation } from './scoring-total';
import { SEED } from './test-fixtures';

function quantitative(target: Target, actual: number | null, category: Category = '产出指标'): ScoredIndicatorInput {
  return { category, target, actual, status: null };
}

/** 2022年购买地方金融风险监测防控和辅助监管服务 (776.77万元): 3 产出, 4 效益 (two qualitative, lower), 1 满意度. */
function 风险监测(options: { notApplicable?: boolean } = {}): ScoredIndicatorInput[] {
  const count = (value: number, unit: string): Target => ({ kind: 'quantitative', comparator: null, value, unit, direction: 'higher' });
  const atLeast = (value: number, unit: string): Target => ({ kind: 'quantitative', comparator: '>=', value, unit, direction: 'higher' });
  const notAbove: Target = { kind: 'qualitative', comparator: '<=', value: null, unit: null, direction: 'lower' };
  return [
    { category: '产出指标', target: count(22, '万家'), actual: 22, status: null },
    { category: '产出指标', target: count(800, '家'), actual: 800, status: null },
    { category: '产出指标', target: count(356, '份'), actual: 356, status: null },
    { category: '效益指标', target: notAbove, actual: null, status: null, notApplicable: options.notApplicable },
    { category: '效益指标', target: atLeast(3, '家'), actual: 3, status: null },
    { category: '效益指标', target: atLeast(10, '次'), actual: 10, status: null },
    { category: '效益指标', target: notAbove, actual: null, status: '达成', qualitativeShare: 1 },
    { category: '满意度指标', target: atLeast(90, '%'), actual: 95, status: null },
  ];
}

describe('scoreSelfEvaluation', () => {
  it('金融高层次人才支持项目工作经费 (25万元): lines rounded to cents, 总分 the sum of the rounded lines', () => {
    const result = scoreSelfEvaluation({
      budget: { executed: 24, total: 25 },
      indicators: [
        quantitative(SEED.召开会议.target, 1),
        quantitative(SEED.召开会议.target, 1),
        quantitative(SEED.召开会议.target, 0),
        quantitative(SEED.受益对象满意度.target, 92, '效益指标'),
        quantitative(SEED.受益对象满意度.target, 92, '满意度指标'),
      ],
    });
    expect(result.budget.score).toBe(9.6);
    // 50 / 3 each, in cents keeping 50: 16.67, 16.67, 16.66.
    expect(result.indicators.map((s) => s.weight)).toEqual([16.67, 16.67, 16.66, 30, 10]);
    expect(result.indicators.map((s) => s.score)).toEqual([16.67, 16.67, 0, 30, 10]);
    expect(result.indicators.map((s) => s.needsExplanation)).toEqual([false, false, true, false, false]);
    // Unrounded it would be 9.6 + 100/3 + 30 + 10 = 82.933…; the sum of the rounded lines is 82.94.
    expect(result.total).toBe(82.94);
    expect(result.grade).toBe('良');
    expect(result.sharedOut).toEqual([]);
  });

  it('a category without indicators (no 满意度指标): its 10 points are shared out, the indicators are still worth 90', () => {
    const result = scoreSelfEvaluation({
      budget: { executed: 24, total: 25 },
      indicators: [
        quantitative(SEED.召开会议.target, 1),
        quantitative(SEED.召开会议.target, 1),
        quantitative(SEED.召开会议.target, 0),
        quantitative(SEED.受益对象满意度.target, 92, '效益指标'),
      ],
    });
    // 产出 50/3 and 效益 30 make 80; × 90/80: 18.75 × 3 and 33.75.
    expect(result.indicators.map((s) => s.weight)).toEqual([18.75, 18.75, 18.75, 33.75]);
    expect(result.indicators.map((s) => s.score)).toEqual([18.75, 18.75, 0, 33.75]);
    // 9.6 + 18.75 + 18.75 + 0 + 33.75.
    expect(result.total).toBe(80.85);
    expect(result.grade).toBe('良');
    expect(result.sharedOut).toEqual(['satisfaction']);
  });

  it('indicators with their own weights (a 权重 column) keep what the department gave, even without 满意度', () => {
    const own = (weight: number, actual: number) => ({ ...quantitative(SEED.召开会议.target, actual), weight });
    const result = scoreSelfEvaluation({ budget: { executed: 25, total: 25 }, indicators: [own(40, 1), own(40, 1)] });
    expect(result.indicators.map((s) => s.weight)).toEqual([40, 40]);
    expect(result.total).toBe(90);
    expect(result.sharedOut).toEqual([]);
  });

  it('a project meeting everything scores 100: 优', () => {
    const result = scoreSelfEvaluation({
      budget: { executed: 64.59, total: 64.59 },
      indicators: [
        quantitative(SEED.用户投诉次数.target, 0, '效益指标'),
        quantitative(SEED.上线运行稳定可靠率.target, 0.2, '产出指标'),
        quantitative(SEED.受益对象满意度.target, 96, '满意度指标'),
      ],
    });
    expect(result.total).toBe(100);
    expect(result.grade).toBe('优');
  });

  it('预算执行率 95.88% scores 9.59; 104% scores 10 (优化营商环境工作经费, 30万元)', () => {
    expect(scoreSelfEvaluation({ budget: { executed: 28.764, total: 30 }, indicators: [] }).budget.score).toBe(9.59);
    expect(scoreSelfEvaluation({ budget: { executed: 31.2, total: 30 }, indicators: [] }).budget.score).toBe(10);
  });

  it('without 不适用 the 风险监测 project splits 50 / 30 / 10 as usual', () => {
    const result = scoreSelfEvaluation({ budget: { executed: 776.77, total: 776.77 }, indicators: 风险监测() });
    expect(result.indicators.map((s) => s.weight)).toEqual([16.67, 16.67, 16.66, 7.5, 7.5, 7.5, 7.5, 10]);
  });

  it('one 不适用 line: its 7.5 is dropped and the other 82.5 points are rescaled by 90/82.5 to keep 100', () => {
    const result = scoreSelfEvaluation({ budget: { executed: 776.77, total: 776.77 }, indicators: 风险监测({ notApplicable: true }) });
    // 产出 50/3 × 12/11 = 18.1818…, 效益 7.5 × 12/11 = 8.1818…, 满意度 10 × 12/11 = 10.9090…; in cents keeping 90:
    // floors 18.18 × 3 + 8.18 × 3 + 10.90 = 89.98, the two cents to the largest remainders (10.909…, then the first line).
    expect(result.indicators.map((s) => s.weight)).toEqual([18.19, 18.18, 18.18, 0, 8.18, 8.18, 8.18, 10.91]);
    expect(result.indicators[3]).toEqual({ weight: 0, score: 0, flaggedForReview: false, needsExplanation: false, notApplicable: true });
    expect(result.indicators.map((s) => s.score)).toEqual([18.19, 18.18, 18.18, 0, 8.18, 8.18, 8.18, 10.91]);
    expect(result.budget.score).toBe(10);
    expect(result.total).toBe(100);
    expect(result.grade).toBe('优');
  });

  it('every line 不适用 leaves only the budget', () => {
    const indicators = [{ ...quantitative(SEED.召开会议.target, 1), notApplicable: true }];
    expect(scoreSelfEvaluation({ budget: { executed: 25, total: 25 }, indicators }).total).toBe(10);
  });
});
