import { describe, expect, it } from 'vitest';
import { buildSheet } from './sheet';
import { 物业管理费 } from './test-fixtures';

describe('buildSheet: 2022年业务用房物业管理费', () => {
  it('drafts from the year’s data: weights in cents, mid-band qualitative scores, 总分 the sum of the rounded lines', () => {
    // 执行数 100 of 116.96: 85.499…% → 8.5499… → 8.55.
    const sheet = buildSheet(物业管理费(100));
    expect(sheet.budget).toMatchObject({ initial: 116.96, adjusted: null, executed: 100, weight: 10, score: 8.55, needsAnalysis: true });
    // 产出 50/3 each (lines 1, 2, 5: 16.67, 16.67, 16.66 by largest remainder, earlier first), 效益 30/2; no 满意度.
    expect(sheet.lines.map((l) => l.weight)).toEqual([16.67, 16.67, 15, 15, 16.66]);
    // 12 of 12 → full; 达成 0.9 × 16.67 = 15.003; 达成 0.9 × 15; 部分达成 0.7 × 15; 98% × 16.66 = 16.3268.
    expect(sheet.lines.map((l) => l.score)).toEqual([16.67, 15, 13.5, 10.5, 16.33]);
    expect(sheet.lines.map((l) => l.draftScore)).toEqual([16.67, 15, 13.5, 10.5, 16.33]);
    expect(sheet.lines.map((l) => l.flags)).toEqual([[], ['needs-analysis'], ['needs-analysis'], ['needs-analysis'], ['needs-analysis']]);
    expect(sheet.total).toBe(80.55);
    expect(sheet.grade).toBe('良');
    expect(sheet.lines.every((l) => !l.changed)).toBe(true);
  });

  it('uses 全年预算数 when the budget was adjusted', () => {
    const sheet = buildSheet({ ...物业管理费(100), adjustedBudget: 100 });
    expect(sheet.budget).toMatchObject({ rate: 1, score: 10, needsAnalysis: false });
  });

  it('flags an actual at 120% of the target for review', () => {
    const input = 物业管理费(100);
    const lines = input.lines.map((l) => (l.indicatorId === 1 ? { ...l, actual: 15 } : l));
    expect(buildSheet({ ...input, lines }).lines[0]!.flags).toEqual(['review']);
  });

  it('applies 不适用 and a moved qualitative score, keeping the draft beside them', () => {
    // 行政运转 不适用: 80 points over the 65 left (× 16/13): 20.5128… × 3 and 18.4615… → 20.52, 20.51, 18.46, 20.51.
    const sheet = buildSheet(物业管理费(100, { 4: { notApplicable: true, reason: '年度内未开展' }, 2: { qualitativeShare: 18 / 20.51, reason: '检查全部完成' } }));
    expect(sheet.lines.map((l) => l.weight)).toEqual([20.52, 20.51, 18.46, 0, 20.51]);
    // 主电路设备检查 18.00 as picked; 安全保障 0.9 × 18.46 = 16.614; 绿化 98% × 20.51 = 20.0998.
    expect(sheet.lines.map((l) => l.score)).toEqual([20.52, 18, 16.61, null, 20.1]);
    expect(sheet.lines.map((l) => l.draftScore)).toEqual([16.67, 15, 13.5, 10.5, 16.33]);
    expect(sheet.lines.map((l) => l.changed)).toEqual([false, true, false, true, false]);
    expect(sheet.total).toBe(83.78);
    expect(sheet.draftTotal).toBe(80.55);
  });
});
