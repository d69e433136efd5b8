import { describe, expect, it } from 'vitest';
import { formatTarget } from './format';
import { parseTarget } from './parse-target';
import { COMPARATOR_LABELS } from './types';

const format = (targetText: string, name: string) => formatTarget(parseTarget(targetText, name));

describe('formatTarget', () => {
  it('renders quantitative targets', () => {
    expect(format('≥90%', '受益对象满意度（%）')).toBe('≥ 90 %');
    expect(format('故障率≤1%', '上线运行稳定可靠率')).toBe('≤ 1 %');
    expect(format('22万家', '金融风险监测企业数(万家)')).toBe('22 万家');
    expect(format('30', '参加会议人数')).toBe('30');
    expect(format('半天内', '平均故障恢复时间')).toBe('≤ 0.5 天');
  });

  it('renders qualitative targets', () => {
    expect(format('不高于上年同期水平', '金融风险防范指数')).toBe('不高于（定性）');
    expect(format('有所提升', '服务满意度')).toBe('提升（定性）');
    expect(format('保障资产安全', '安全保障')).toBe('定性');
  });

  it('renders an edited target without a value', () => {
    const edited = { kind: 'quantitative', comparator: null, value: null, unit: null, direction: null } as const;
    expect(formatTarget(edited)).toBe('—');
  });
});

describe('COMPARATOR_LABELS', () => {
  it('shows the symbol and its words, in the order of COMPARATORS', () => {
    expect(Object.entries(COMPARATOR_LABELS)).toEqual([
      ['>=', '≥ 不低于'],
      ['>', '> 高于'],
      ['<=', '≤ 不高于'],
      ['<', '< 低于'],
      ['=', '= 等于'],
    ]);
  });
});
