import { describe, expect, it } from 'vitest';
import { normaliseCategory } from './category';

describe('normaliseCategory', () => {
  it('names a 一级指标', () => {
    expect(normaliseCategory('产出指标')).toEqual({ category: '产出指标', subcategory: null });
    expect(normaliseCategory('满意度指标')).toEqual({ category: '满意度指标', subcategory: null });
    expect(normaliseCategory('成本指标')).toEqual({ category: '成本指标', subcategory: null });
  });

  it('names a 二级指标 with its 一级', () => {
    expect(normaliseCategory('数量指标')).toEqual({ category: '产出指标', subcategory: '数量指标' });
    expect(normaliseCategory('可持续影响指标')).toEqual({ category: '效益指标', subcategory: '可持续影响指标' });
    expect(normaliseCategory('生态环境成本指标')).toEqual({ category: '成本指标', subcategory: '生态环境成本指标' });
  });

  it('maps the older names', () => {
    expect(normaliseCategory('效果指标')).toEqual({ category: '效益指标', subcategory: null });
    expect(normaliseCategory('社会公众或服务对象满意度指标')).toEqual({
      category: '满意度指标',
      subcategory: '服务对象满意度指标',
    });
  });

  it('tolerates numbering, spaces, a colon and a missing 指标', () => {
    expect(normaliseCategory(' 1、效益指标：')).toEqual({ category: '效益指标', subcategory: null });
    expect(normaliseCategory('时效')).toEqual({ category: '产出指标', subcategory: '时效指标' });
  });

  it('knows nothing else', () => {
    expect(normaliseCategory('绩效指标')).toEqual({ category: null, subcategory: null });
    expect(normaliseCategory('')).toEqual({ category: null, subcategory: null });
  });
});
