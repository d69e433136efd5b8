import { describe, expect, it } from 'vitest';
import { parseTarget } from '../target-value';
import { entryPlausibility, executionPlausibility } from './plausibility';

/** Seed targets: 全年不低于10次 (≥ 10 次), 22万家 (金融风险监测企业数), ≥90% (受益对象满意度). */
const tenTimes = parseTarget('全年不低于10次', '开展宣传活动次数');
const firms = parseTarget('22万家', '金融风险监测企业数(万家)');
const satisfaction = parseTarget('≥90%', '受益对象满意度（%）');
const codes = (warnings: { code: string }[]) => warnings.map((w) => w.code);

describe('entryPlausibility', () => {
  it('flags a value above 10× the annual target: 99,999,999,999,999 次 against ≥10次', () => {
    const [warning] = entryPlausibility(99_999_999_999_999, tenTimes);
    expect(warning).toEqual({ code: 'above-target-multiple', message: '完成值 99,999,999,999,999 次 超过年度目标（10 次）的 10 倍' });
    expect(entryPlausibility(100, tenTimes)).toEqual([]);
    expect(codes(entryPlausibility(101, tenTimes))).toEqual(['above-target-multiple']);
  });

  it('flags a fraction of a count unit: 3.5 次, but not 3.5万家 (35,000 家) or 92.5%', () => {
    expect(entryPlausibility(3.5, tenTimes)).toEqual([{ code: 'fraction-of-count', message: '“次”按整数计，完成值 3.5 次 不是整数' }]);
    expect(entryPlausibility(3.5, firms)).toEqual([]);
    expect(codes(entryPlausibility(3.00001, firms))).toEqual(['fraction-of-count']);
    expect(entryPlausibility(92.5, satisfaction)).toEqual([]);
  });

  it('follows the configured multiple and count units', () => {
    expect(entryPlausibility(30, tenTimes, { maxTargetMultiple: 2, countUnits: [] })).toEqual([
      { code: 'above-target-multiple', message: '完成值 30 次 超过年度目标（10 次）的 2 倍' },
    ]);
    expect(entryPlausibility(3.5, tenTimes, { maxTargetMultiple: 10, countUnits: ['篇'] })).toEqual([]);
  });
});

describe('executionPlausibility', () => {
  const earlier = [
    { period: '2022-05', amount: 40 },
    { period: '2022-06', amount: 55 },
  ];

  it('flags a cumulative 执行数 lower than an earlier month\'s', () => {
    expect(executionPlausibility(50, '2022-07', earlier, 200)).toEqual([
      { code: 'execution-decreased', message: '累计执行数 50.00 万元低于2022年6月的 55.00 万元（累计数通常只增不减）' },
    ]);
    expect(executionPlausibility(55, '2022-07', earlier, 200)).toEqual([]);
    expect(executionPlausibility(10, '2022-04', earlier, 200)).toEqual([]);
  });

  it('flags a 执行数 above the project\'s 总计', () => {
    expect(executionPlausibility(201, '2022-07', earlier, 200)).toEqual([
      { code: 'execution-above-total', message: '累计执行数 201.00 万元超过项目总计 200.00 万元' },
    ]);
    expect(executionPlausibility(201, '2022-07', [], null)).toEqual([]);
  });
});
