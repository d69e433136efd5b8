import { describe, expect, it } from 'vitest';
import type { Category, Target } from '../target-value/types';
import {
  allocateWeights,
  gradeOf,
  qualitativeBandPoints,
  scoreBudget,
  scoreIndicator,
  type ScoredIndicatorInput,
} from './scoring';
import { DEFAULT_MONITORING_SETTINGS, type MonitoringSettings } from './settings';
import { SEED } from './test-fixtures';
import type { QualitativeStatus } from './types';

const ratioSettings: MonitoringSettings = {
  ...DEFAULT_MONITORING_SETTINGS,
  scoring: { ...DEFAULT_MONITORING_SETTINGS.scoring, reverseScoring: 'ratio' },
};

function quantitative(target: Target, actual: number | null, category: Category = '产出指标'): ScoredIndicatorInput {
  return { category, target, actual, status: null };
}

function qualitative(status: QualitativeStatus | null, qualitativeShare?: number): ScoredIndicatorInput {
  return { category: '效益指标', target: SEED.普惠贷款风险保障水平.target, actual: null, status, qualitativeShare };
}

describe('allocateWeights', () => {
  it('splits each category equally; 成本指标 shares 产出指标', () => {
    const weights = allocateWeights(
      [
        { category: '产出指标' },
        { category: '成本指标' },
        { category: '效益指标' },
        { category: '效益指标' },
        { category: '满意度指标' },
      ],
      DEFAULT_MONITORING_SETTINGS.scoring.weights,
    );
    expect(weights).toEqual([25, 25, 15, 15, 10]);
  });

  it('keeps own weights and splits what is left among the rest', () => {
    const weights = allocateWeights(
      [{ category: '产出指标', weight: 20 }, { category: '产出指标' }, { category: '产出指标', weight: null }],
      DEFAULT_MONITORING_SETTINGS.scoring.weights,
    );
    expect(weights).toEqual([20, 15, 15]);
    const over = [{ category: '效益指标', weight: 40 }, { category: '效益指标' }] as const;
    expect(allocateWeights(over, DEFAULT_MONITORING_SETTINGS.scoring.weights)).toEqual([40, 0]);
  });

  it('refuses a negative own weight', () => {
    const negative = [{ category: '产出指标', weight: -1 }] as const;
    expect(() => allocateWeights(negative, DEFAULT_MONITORING_SETTINGS.scoring.weights)).toThrow(RangeError);
  });
});

describe('scoreIndicator', () => {
  it('positive: actual ≥ target → w, else w × actual / target (消防安全检查次数 12次)', () => {
    expect(scoreIndicator(quantitative(SEED.消防安全检查次数.target, 12), 10).score).toBe(10);
    expect(scoreIndicator(quantitative(SEED.消防安全检查次数.target, 9), 10)).toEqual({
      weight: 10,
      score: 7.5,
      flaggedForReview: false,
      needsExplanation: true,
    });
    expect(scoreIndicator(quantitative(SEED.召开会议.target, 0), 10).score).toBe(0);
    expect(scoreIndicator(quantitative(SEED.受益对象满意度.target, 95, '满意度指标'), 10).score).toBe(10);
  });

  it('flags a positive actual ≥ 120% of the target for review', () => {
    expect(scoreIndicator(quantitative(SEED.消防安全检查次数.target, 14.4), 10).flaggedForReview).toBe(true);
    expect(scoreIndicator(quantitative(SEED.消防安全检查次数.target, 14), 10).flaggedForReview).toBe(false);
    expect(scoreIndicator(quantitative(SEED.召开会议.target, 2), 10)).toEqual({
      weight: 10,
      score: 10,
      flaggedForReview: true,
      needsExplanation: false,
    });
  });

  it('reverse, default: linear down to 0 at twice the target (故障率≤1%)', () => {
    const { target } = SEED.上线运行稳定可靠率;
    expect(scoreIndicator(quantitative(target, 0.5), 10).score).toBe(10);
    expect(scoreIndicator(quantitative(target, 1), 10).score).toBe(10);
    expect(scoreIndicator(quantitative(target, 1.5), 10).score).toBe(5);
    expect(scoreIndicator(quantitative(target, 2), 10).score).toBe(0);
    expect(scoreIndicator(quantitative(target, 3), 10)).toEqual({
      weight: 10,
      score: 0,
      flaggedForReview: false,
      needsExplanation: true,
    });
  });

  it('reverse, alternative: w × target / actual', () => {
    const { target } = SEED.上线运行稳定可靠率;
    expect(scoreIndicator(quantitative(target, 0.5), 10, ratioSettings).score).toBe(10);
    expect(scoreIndicator(quantitative(target, 1.5), 10, ratioSettings).score).toBeCloseTo(20 / 3);
    expect(scoreIndicator(quantitative(target, 4), 10, ratioSettings).score).toBe(2.5);
  });

  it('reverse with a bare 0 (用户投诉次数 0次): full marks only for none', () => {
    const { target } = SEED.用户投诉次数;
    expect(scoreIndicator(quantitative(target, 0, '效益指标'), 15).score).toBe(15);
    expect(scoreIndicator(quantitative(target, 1, '效益指标'), 15).score).toBe(0);
    expect(scoreIndicator(quantitative(target, 1, '效益指标'), 15, ratioSettings).score).toBe(0);
  });

  it('qualitative: mid-band by default, or the evaluator’s pick inside the band', () => {
    expect(scoreIndicator(qualitative('达成'), 10).score).toBeCloseTo(9);
    expect(scoreIndicator(qualitative('部分达成'), 10).score).toBeCloseTo(7);
    expect(scoreIndicator(qualitative('未达成'), 10).score).toBeCloseTo(3);
    expect(scoreIndicator(qualitative('达成', 1), 10)).toMatchObject({ score: 10, needsExplanation: false });
    expect(scoreIndicator(qualitative('部分达成', 0.6), 10).score).toBe(6);
    expect(() => scoreIndicator(qualitative('达成', 0.5), 10)).toThrow('达成 的得分比例应在 80%–100% 之间');
  });

  it('nothing reported scores 0 and needs explanation', () => {
    expect(scoreIndicator(qualitative(null), 10)).toMatchObject({ score: 0, needsExplanation: true });
    const missing = quantitative(SEED.召开会议.target, null);
    expect(scoreIndicator(missing, 10)).toMatchObject({ score: 0, needsExplanation: true });
  });
});

describe('scoreBudget', () => {
  it('min(执行率, 1) × 10', () => {
    expect(scoreBudget(30, 30)).toEqual({ weight: 10, score: 10, executionRate: 1, needsExplanation: false });
    expect(scoreBudget(15, 30)).toMatchObject({ score: 5, executionRate: 0.5, needsExplanation: true });
    expect(scoreBudget(40, 30).score).toBe(10);
    expect(scoreBudget(null, 30)).toMatchObject({ score: 0, executionRate: null });
    expect(scoreBudget(10, 0)).toMatchObject({ score: 0, executionRate: null });
  });
});

describe('gradeOf', () => {
  it('优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差', () => {
    expect(gradeOf(100)).toBe('优');
    expect(gradeOf(90)).toBe('优');
    expect(gradeOf(89.99)).toBe('良');
    expect(gradeOf(80)).toBe('良');
    expect(gradeOf(60)).toBe('中');
    expect(gradeOf(59.9)).toBe('差');
    expect(gradeOf(0.1 + 0.2 + 89.7)).toBe('优');
  });

  it('follows configured grades', () => {
    const scoring = { ...DEFAULT_MONITORING_SETTINGS.scoring, grades: { 优: 95, 良: 85, 中: 70 } };
    const settings = { ...DEFAULT_MONITORING_SETTINGS, scoring };
    expect(gradeOf(90, settings)).toBe('良');
    expect(gradeOf(65, settings)).toBe('差');
  });
});

describe('qualitativeBandPoints', () => {
  it('the band in cents at the line’s weight', () => {
    expect(qualitativeBandPoints('达成', 10)).toEqual({ min: 8, max: 10 });
    // 16.67 × 0.8 = 13.336 → at least 13.34; × 0.6 = 10.002 → at least 10.01 for 部分达成.
    expect(qualitativeBandPoints('达成', 16.67)).toEqual({ min: 13.34, max: 16.67 });
    expect(qualitativeBandPoints('部分达成', 16.67)).toEqual({ min: 10.01, max: 13.33 });
    expect(qualitativeBandPoints('未达成', 7.5)).toEqual({ min: 0, max: 4.5 });
  });
});
