import { describe, expect, it } from 'vitest';
import { DEFAULT_MONITORING_SETTINGS, type MonitoringSettings } from '../monitoring/settings';
import { buildSheet, type SheetInput } from './sheet';
import { line, 物业管理费 } from './test-fixtures';

const codes = (input: SheetInput) => buildSheet(input).warnings.map((w) => w.code);

describe('自评预警', () => {
  it('a score rate exactly 5% above the spending rate is not yet a warning', () => {
    // The draft's indicators score 81.01 of 90 (see sheet.test.ts); 行政运转 moved down to 11.80 makes them 81.00 (90%).
    // Budget 8.55 of 10 (85.5%): (0.9 − 0.855) / 0.9 = 5% exactly.
    expect(codes(物业管理费(100, { 4: { qualitativeShare: 11.8 / 16.87, reason: '部分工作延期' } }))).toEqual([]);
    // The draft itself: (0.90011 − 0.855) / 0.90011 = 5.01%.
    expect(codes(物业管理费(100))).toEqual(['spending-gap']);
  });

  it('high scores on low spending, and 执行率 under 80% unexplained', () => {
    // 90 of 116.96 = 76.949…% → 7.69 points; indicators 81.01 of 90: (0.90011 − 0.769) / 0.90011 = 14.57%.
    const { warnings } = buildSheet(物业管理费(90));
    expect(warnings).toEqual([
      { code: 'spending-gap', message: '指标得分率 90.0%，预算执行得分率 76.9%，偏离 14.6%：资金执行不足而指标得分偏高', indicatorId: null },
      { code: 'low-execution', message: '预算执行率 76.9%，低于 80.0%，尚未说明原因', indicatorId: null },
    ]);
    expect(codes({ ...物业管理费(90), budgetAnalysis: '两项合同次年初结算' })).toEqual(['spending-gap']);
  });

  it('every indicator at full score', () => {
    const full = { qualitativeShare: 1, reason: '全部完成' };
    const input = 物业管理费(116.96, { 2: full, 3: full, 4: { ...full, notApplicable: true } });
    const lines = input.lines.map((l) => (l.indicatorId === 5 ? { ...l, actual: 100 } : l));
    expect(buildSheet({ ...input, lines }).warnings).toEqual([{ code: 'all-full-score', message: '全部 4 项指标均为满分，请核实每项的实际完成值与佐证', indicatorId: null }]);
  });

  it('a 满意度 score without survey evidence, and a 成本指标 scored as higher', () => {
    // No 效益指标: 满意度 10 and 成本 (产出) 50 are worth the indicators' 90, 15 and 75.
    const input: SheetInput = {
      initialBudget: 25,
      adjustedBudget: null,
      executed: 25,
      budgetAnalysis: '',
      lines: [
        line(7, '受益对象满意度（%）', '满意度指标', { kind: 'quantitative', comparator: '>=', value: 90, unit: '%', direction: 'higher' }, 95),
        line(8, '项目成本控制', '成本指标', { kind: 'quantitative', comparator: null, value: 25, unit: '万元', direction: 'higher' }, 20),
      ],
    };
    expect(buildSheet(input).warnings).toEqual([
      { code: 'satisfaction-evidence', message: '满意度指标「受益对象满意度（%）」得分 15.00，但没有满意度调查的佐证材料', indicatorId: 7 },
      { code: 'cost-higher', message: '成本指标「项目成本控制」按“越高越好”计分，成本通常应越低越好，请核实目标方向', indicatorId: 8 },
    ]);
    const withEvidence = { ...input, lines: input.lines.map((l) => ({ ...l, evidenceCount: 1 })) };
    expect(codes(withEvidence)).toEqual(['cost-higher']);
  });

  it('follows the settings: a warning turned off is not raised', () => {
    const scoring = { ...DEFAULT_MONITORING_SETTINGS.scoring, warnings: { ...DEFAULT_MONITORING_SETTINGS.scoring.warnings, enabled: ['low-execution' as const] } };
    const settings: MonitoringSettings = { ...DEFAULT_MONITORING_SETTINGS, scoring };
    expect(codes({ ...物业管理费(90), settings })).toEqual(['low-execution']);
  });
});
