import { describe, expect, it } from 'vitest';
import { inferMode } from './mode';
import { parseTarget } from './parse-target';

const mode = (targetText: string, name: string) => inferMode(parseTarget(targetText, name), name);

describe('inferMode', () => {
  it('reads a percentage as a level whatever the name', () => {
    expect(mode('≥90%', '受益对象满意度（%）')).toBe('level');
    expect(mode('15%', '涉农贷款增速')).toBe('level');
  });

  it('reads 累计 in the name as cumulative, before the level words', () => {
    expect(mode('800亿元', '普惠机制合作银行累计贷款投放额')).toBe('cumulative');
    expect(mode('200亿', '新三板挂牌企业累计融资交易额（亿元）')).toBe('cumulative');
  });

  it('reads rates, satisfaction, balances, sizes and indices as levels', () => {
    expect(mode('3000', '涉农贷款余额（亿元）')).toBe('level');
    expect(mode('4000亿', '新发行债券的规模')).toBe('level');
    expect(mode('90', '服务满意度（invented）')).toBe('level');
    expect(mode('1', '金融风险指数（invented）')).toBe('level');
    expect(mode('0.5', '不良贷款率（invented）')).toBe('level');
  });

  it('reads everything else as cumulative', () => {
    expect(mode('12次', '消防安全检查次数')).toBe('cumulative');
    expect(mode('22万家', '金融风险监测企业数(万家)')).toBe('cumulative');
  });

  it('reads qualitative targets as a level', () => {
    expect(mode('有所提升', '累计服务企业（invented）')).toBe('level');
  });
});
