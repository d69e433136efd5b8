import { describe, expect, it } from 'vitest';
import { inferMode } from './mode';
import { parseTarget } from './parse-target';

const mode = (targetText: string, name: string) => inferMode(parseTarget(targetText, name), name, targetText);

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

  it('reads a rate written in the target text as a level', () => {
    expect(mode('故障率≤1%', '上线运行稳定可靠率')).toBe('level');
    expect(mode('余额7900亿元', '广州地区存款（invented）')).toBe('level');
  });

  it('reads durations and states that are measured, not counted, as levels (the seed\'s 信息化运维项目)', () => {
    expect(mode('半天内', '平均故障恢复时间')).toBe('level');
    expect(mode('365天', '核心网络平均无故障时间')).toBe('level');
    expect(mode('365天', 'UPS连续无故障时长')).toBe('level');
    expect(mode('3级', '等级保护级别')).toBe('level');
    expect(mode('8小时', '系统连续运行时长（invented）')).toBe('level');
  });

  it('reads everything else as cumulative', () => {
    expect(mode('10个月', '项目计划时间')).toBe('cumulative');
    expect(mode('0次', '用户投诉次数')).toBe('cumulative');
    expect(mode('12次', '消防安全检查次数')).toBe('cumulative');
    expect(mode('22万家', '金融风险监测企业数(万家)')).toBe('cumulative');
  });

  it('reads qualitative targets as a level', () => {
    expect(mode('有所提升', '累计服务企业（invented）')).toBe('level');
  });
});
