import { describe, expect, it } from 'vitest';
import { unitFromName } from './unit-from-name';

describe('unitFromName', () => {
  it('reads the unit the seed writes in a name, in full- or half-width parentheses', () => {
    expect(unitFromName('涉农贷款余额（亿元）')).toBe('亿元');
    expect(unitFromName('会议数（次）')).toBe('次');
    expect(unitFromName('金融风险监测企业数(万家)')).toBe('万家');
    expect(unitFromName('受益对象满意度（%）')).toBe('%');
    expect(unitFromName('金融机构风险防控数据主题数（个/年）')).toBe('个/年');
    expect(unitFromName('取得研究成果数(项)')).toBe('项');
  });

  it('gives nothing for a name without one, or parentheses that hold something else', () => {
    expect(unitFromName('召开会议')).toBeNull();
    expect(unitFromName('服务满意度（invented）')).toBeNull();
    expect(unitFromName('广州市金融业综合业务管理平台(一期)')).toBeNull();
    expect(unitFromName('（亿元）之后还有字')).toBeNull();
  });
});
