import { describe, expect, it } from 'vitest';
import { DEFAULT_MONITORING_SETTINGS } from '../monitoring/settings';
import { describeSharedOut } from './shared-out';

const weights = DEFAULT_MONITORING_SETTINGS.scoring.weights;

describe('describeSharedOut', () => {
  it('names the missing categories and their points', () => {
    expect(describeSharedOut(['satisfaction'], weights)).toBe('本项目没有满意度指标，其 10.00 分按比例分给其余指标，指标合计仍为 90.00 分。');
    expect(describeSharedOut(['benefit', 'satisfaction'], weights)).toBe('本项目没有效益指标、满意度指标，其 40.00 分按比例分给其余指标，指标合计仍为 90.00 分。');
  });

  it('says nothing when every category has indicators, or for an evaluation submitted before', () => {
    expect(describeSharedOut([], weights)).toBeNull();
    expect(describeSharedOut(undefined, weights)).toBeNull();
  });
});
