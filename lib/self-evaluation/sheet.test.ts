import { describe, expect, it } from 'vitest';
import { buildSheet } from './sheet';
import { 物业管理费 } from './test-fixtures';

describe('buildSheet: 2022年业务用房物业管理费', () => {
  it('drafts from the year’s data: weights in cents, mid-band qualitative scores, 总分 the sum of the rounded lines', () => {
    // 执行数 100 of 116.96: 85.499…% → 8.5499… → 8.55.
    const sheet = buildSheet(物业管理费(100));
    expect(sheet.budget).toMatchObject({ initial: 116.96, adjusted: null, executed: 100, weight: 10, score: 8.55, needsAnalysis: true });
    // 产出 50/3 each (lines 1, 2, 5), 效益 30/2 (lines 3, 4); no 满意度, so those 80 points are worth the indicators' 90
    // (× 9/8): 18.75 each and 16.875 each, in cents keeping 90 — the spare cent to line 3 (equal remainders, earlier first).
    expect(sheet.lines.map((l) => l.weight)).toEqual([18.75, 18.75, 16.88, 16.87, 18.75]);
    // 12 of 12 → full; 达成 0.9 × 18.75 = 16.875; 达成 0.9 × 16.88 = 15.192; 部分达成 0.7 × 16.87 = 11.809; 98% × 18.75 = 18.375.
    expect(sheet.lines.map((l) => l.score)).toEqual([18.75, 16.88, 15.19, 11.81, 18.38]);
    expect(sheet.lines.map((l) => l.draftScore)).toEqual([18.75, 16.88, 15.19, 11.81, 18.38]);
    expect(sheet.lines.map((l) => l.flags)).toEqual([[], ['needs-analysis'], ['needs-analysis'], ['needs-analysis'], ['needs-analysis']]);
    // 8.55 + 18.75 + 16.88 + 15.19 + 11.81 + 18.38.
    expect(sheet.total).toBe(89.56);
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
    // 行政运转 不适用: 90 points over the 65 left (× 18/13): 23.0769… × 3 and 20.7692…; in cents keeping 90 the three
    // spare cents go to 20.769… and then to the first two 产出 lines: 23.08, 23.08, 20.77, 23.07.
    const sheet = buildSheet(物业管理费(100, { 4: { notApplicable: true, reason: '年度内未开展' }, 2: { qualitativeShare: 20 / 23.08, reason: '检查全部完成' } }));
    expect(sheet.lines.map((l) => l.weight)).toEqual([23.08, 23.08, 20.77, 0, 23.07]);
    // 主电路设备检查 20.00 as picked; 安全保障 0.9 × 20.77 = 18.693; 绿化 98% × 23.07 = 22.6086.
    expect(sheet.lines.map((l) => l.score)).toEqual([23.08, 20, 18.69, null, 22.61]);
    expect(sheet.lines.map((l) => l.draftScore)).toEqual([18.75, 16.88, 15.19, 11.81, 18.38]);
    expect(sheet.lines.map((l) => l.changed)).toEqual([false, true, false, true, false]);
    // 8.55 + 23.08 + 20 + 18.69 + 22.61.
    expect([sheet.total, sheet.grade]).toEqual([92.93, '优']);
    expect(sheet.draftTotal).toBe(89.56);
  });
});
