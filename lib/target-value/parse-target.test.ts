import { describe, expect, it } from 'vitest';
import { parseTarget } from './parse-target';
import type { Target } from './types';

/** Targets of db/seed-data/guangzhou-jinrong-2022.txt unless noted, each standing for one grammar pattern. */
function quantity(comparator: Target['comparator'], value: number, unit: string | null) {
  return { kind: 'quantitative', comparator, value, unit };
}
const qualitative = { kind: 'qualitative', value: null, unit: null };

describe('parseTarget — quantitative', () => {
  it('reads a bare number without unit', () => {
    expect(parseTarget('30', '参加会议人数')).toMatchObject(quantity(null, 30, null));
  });

  it('reads a number with a count unit', () => {
    expect(parseTarget('20家', '开展融资担保行业现场检查工作')).toMatchObject(quantity(null, 20, '家'));
  });

  it('keeps a compound count unit whole', () => {
    expect(parseTarget('120家次', '走访培育辅导拟上市企业')).toMatchObject(quantity(null, 120, '家次'));
  });

  it('keeps the scale word in the unit', () => {
    expect(parseTarget('22万家', '金融风险监测企业数(万家)')).toMatchObject(quantity(null, 22, '万家'));
    expect(parseTarget('20000万元', '金融专项资金审核金融')).toMatchObject(quantity(null, 20000, '万元'));
  });

  it('accepts a scale word alone as the unit', () => {
    expect(parseTarget('450万', '利用区域股权交易市场融资金额（万元）')).toMatchObject(quantity(null, 450, '万'));
    expect(parseTarget('90亿', '新增首发募集资金')).toMatchObject(quantity(null, 90, '亿'));
  });

  it('reads a per-period unit', () => {
    expect(parseTarget('20个/年', '金融机构风险防控数据主题数（个/年）')).toMatchObject(quantity(null, 20, '个/年'));
    expect(parseTarget('120000条/年', '金融机构经营数据采集量（条/年）')).toMatchObject(quantity(null, 120000, '条/年'));
  });

  it('reads a percentage', () => {
    expect(parseTarget('100%', '服务对象满意度（%）')).toMatchObject(quantity(null, 100, '%'));
  });

  it('reads a leading symbol comparator', () => {
    expect(parseTarget('≥90%', '受益对象满意度（%）')).toMatchObject(quantity('>=', 90, '%'));
    expect(parseTarget('≥180', '获评金融高级专业人才数（名）')).toMatchObject(quantity('>=', 180, null));
  });

  it('reads a trailing 以上', () => {
    expect(parseTarget('7000亿元以上', '反映2022年广州保险业发展规模')).toMatchObject(quantity('>=', 7000, '亿元'));
    expect(parseTarget('90%以上', '受益对象满意度（%）')).toMatchObject(quantity('>=', 90, '%'));
  });

  it('reads a leading comparator word', () => {
    expect(parseTarget('不少于3家', '媒体报道数(家)')).toMatchObject(quantity('>=', 3, '家'));
    expect(parseTarget('不低于90%', '服务对象满意度指标')).toMatchObject(quantity('>=', 90, '%'));
  });

  it('reads 半 and a trailing 内', () => {
    expect(parseTarget('半天内', '平均故障恢复时间')).toMatchObject(quantity('<=', 0.5, '天'));
  });

  it('reads other Chinese numerals only when they are the whole target', () => {
    expect(parseTarget('一次以上', '组织处非工作业务培训')).toMatchObject(quantity('>=', 1, '次'));
    expect(parseTarget('进一步扩大影响', '宣传')).toMatchObject(qualitative);
  });

  it('reads a duration in months but not a calendar month', () => {
    expect(parseTarget('10个月', '项目计划时间')).toMatchObject(quantity(null, 10, '个月'));
    expect(parseTarget('10月', '项目计划时间')).toMatchObject(qualitative);
  });

  it('reads a level unit', () => {
    expect(parseTarget('3级', '等级保护级别')).toMatchObject(quantity(null, 3, '级'));
  });

  it('reads thousands separators', () => {
    expect(parseTarget('1,100万元', '增资扩股奖励（invented）')).toMatchObject(quantity(null, 1100, '万元'));
  });

  it('tolerates full-width digits, signs and spaces', () => {
    expect(parseTarget('≥ ９０ ％', '受益对象满意度')).toMatchObject(quantity('>=', 90, '%'));
    expect(parseTarget('＞＝95％', '完好率')).toMatchObject(quantity('>=', 95, '%'));
  });

  it('ignores trailing item separators', () => {
    expect(parseTarget('≥90%。', '受益对象满意度（%）')).toMatchObject(quantity('>=', 90, '%'));
  });

  it('reads a subject before the quantity', () => {
    expect(parseTarget('广州地区存款余额7900亿元', '提升广州金融国际影响力')).toMatchObject(quantity(null, 7900, '亿元'));
    expect(parseTarget('在重要媒体刊登专版或专访4次', '提升广州金融的影响力')).toMatchObject(quantity(null, 4, '次'));
  });

  it('reads a comparator embedded after a subject', () => {
    expect(parseTarget('全年不低于10次', '新闻媒体影响力')).toMatchObject(quantity('>=', 10, '次'));
    expect(parseTarget('每日功能访问量≥500次', '功能访问量')).toMatchObject(quantity('>=', 500, '次'));
    expect(parseTarget('集成联调通过率高于95%', '项目集成联调通过率')).toMatchObject(quantity('>', 95, '%'));
    expect(parseTarget('系统用户总数及分类用户数超过10000个', '系统用户数')).toMatchObject(quantity('>', 10000, '个'));
    expect(parseTarget('故障率≤1%', '上线运行稳定可靠率')).toMatchObject(quantity('<=', 1, '%'));
  });

  it('reads a comparator followed by prose', () => {
    expect(parseTarget('不低于95%的企业满意', '企业满意度（invented）')).toMatchObject(quantity('>=', 95, '%'));
  });

  it('reads 低于, 少于 and =', () => {
    expect(parseTarget('低于5%', '不良率（invented）')).toMatchObject(quantity('<', 5, '%'));
    expect(parseTarget('少于3次', '差错（invented）')).toMatchObject(quantity('<', 3, '次'));
    expect(parseTarget('＝100%', '合格率（invented）')).toMatchObject(quantity('=', 100, '%'));
  });
});

describe('parseTarget — qualitative', () => {
  it('reads prose', () => {
    expect(parseTarget('保障资产安全', '安全保障')).toEqual({ ...qualitative, comparator: null, direction: null });
  });

  it('reads two numbers as qualitative', () => {
    const text = '在重要媒体刊登专版或专访4次，对广州金融的宣传报道超过100篇';
    expect(parseTarget(text, '助力推进广州金融建设')).toMatchObject(qualitative);
    expect(parseTarget('涉及政府机关工作人员100人，地方金融机构工作人员1000人，市民及企业用户10000人', '服务对象')).toMatchObject(qualitative);
  });

  it('reads dates as qualitative', () => {
    expect(parseTarget('2025年10月底前', '完成时间')).toMatchObject(qualitative);
    expect(parseTarget('2023.07-2024.01', '实施周期')).toMatchObject(qualitative);
    expect(parseTarget('2025年', '完成时间')).toMatchObject(qualitative);
    expect(parseTarget('2023.12', '完成时间')).toMatchObject(qualitative);
  });

  it('reads a number inside prose without a comparator as qualitative', () => {
    expect(parseTarget('进行12次的主电路设备检查', '主电路设备检查')).toMatchObject(qualitative);
  });

  it('reads disagreeing comparators as qualitative', () => {
    expect(parseTarget('超过3家以下', '企业数（invented）')).toMatchObject(qualitative);
  });

  it('reads a benchmark comparison', () => {
    expect(parseTarget('不高于上年同期水平', '金融风险防范指数')).toEqual({
      ...qualitative, comparator: '<=', direction: 'lower',
    });
  });

  it('reads a number glued to letters as part of a name', () => {
    expect(parseTarget('完成P2P网贷整治', '网贷整治')).toMatchObject(qualitative);
  });
});
