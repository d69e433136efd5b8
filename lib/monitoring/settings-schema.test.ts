import { describe, expect, it } from 'vitest';
import { DEFAULT_MONITORING_SETTINGS } from './settings';
import { parseMonitoringSettings } from './settings-schema';

describe('DEFAULT_MONITORING_SETTINGS', () => {
  it('holds the defaults of DOMAIN.md §5 and §6', () => {
    const s = DEFAULT_MONITORING_SETTINGS;
    expect(s.lightThresholds).toEqual({ red: 0.6, yellow: 0.8, green: 1.2 });
    expect(s.budgetThresholds).toEqual({ red: 0.6, yellow: 0.8 });
    expect(s.tolerance).toBe(1e-9);
    expect(s.deviationReasons).toEqual(['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他']);
    expect(s.officialRoundMonth).toBe(8);
    expect(s.noteMaxLength).toBe(2000);
    expect(s.scoring).toEqual({
      weights: { budget: 10, output: 50, benefit: 30, satisfaction: 10 },
      reverseScoring: 'linear',
      grades: { 优: 90, 良: 80, 中: 60 },
      warnings: { enabled: ['all-full-score', 'spending-gap', 'satisfaction-evidence', 'cost-higher', 'low-execution'], spendingGap: 0.05, lowExecutionRate: 0.8 },
    });
  });
});

describe('自评预警 settings', () => {
  it('turns warnings off and moves their thresholds', () => {
    const result = parseMonitoringSettings({ scoring: { warnings: { enabled: ['cost-higher'], spendingGap: 0.1, lowExecutionRate: 0.7 } } });
    expect(result.ok && result.settings.scoring.warnings).toEqual({ enabled: ['cost-higher'], spendingGap: 0.1, lowExecutionRate: 0.7 });
  });

  it('refuses an unknown warning and a threshold above 100%', () => {
    const result = parseMonitoringSettings({ scoring: { warnings: { enabled: ['nothing'], lowExecutionRate: 1.5 } } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      '自评预警应为 全部指标满分 / 指标得分高而预算执行低 / 满意度得分无调查佐证 / 成本指标按“越高越好”计分 / 执行率偏低且未说明原因',
      '执行率预警线不能超过 100%',
    ]);
  });
});

describe('parseMonitoringSettings', () => {
  it('returns the defaults for no override', () => {
    expect(parseMonitoringSettings(undefined)).toEqual({ ok: true, settings: DEFAULT_MONITORING_SETTINGS });
    expect(parseMonitoringSettings(null)).toEqual({ ok: true, settings: DEFAULT_MONITORING_SETTINGS });
    expect(parseMonitoringSettings({})).toEqual({ ok: true, settings: DEFAULT_MONITORING_SETTINGS });
  });

  it('merges a partial override, nested sections included', () => {
    const result = parseMonitoringSettings({
      lightThresholds: { red: 0.5 },
      deviationReasons: ['经费保障', '其他'],
      officialRoundMonth: 7,
      scoring: { reverseScoring: 'ratio', weights: { budget: 20, output: 40 } },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.lightThresholds).toEqual({ red: 0.5, yellow: 0.8, green: 1.2 });
    expect(result.settings.deviationReasons).toEqual(['经费保障', '其他']);
    expect(result.settings.officialRoundMonth).toBe(7);
    expect(result.settings.noteMaxLength).toBe(2000);
    expect(result.settings.scoring.reverseScoring).toBe('ratio');
    expect(result.settings.scoring.weights).toEqual({ budget: 20, output: 40, benefit: 30, satisfaction: 10 });
    expect(result.settings.scoring.grades).toEqual({ 优: 90, 良: 80, 中: 60 });
  });

  it('does not change the defaults', () => {
    parseMonitoringSettings({ lightThresholds: { red: 0.1 } });
    expect(DEFAULT_MONITORING_SETTINGS.lightThresholds.red).toBe(0.6);
  });

  it('reports every problem, in Chinese, naming the setting', () => {
    const result = parseMonitoringSettings({
      lightThresholds: { red: 0.9 },
      budgetThresholds: { yellow: 'x' },
      tolerance: -1,
      deviationReasons: ['其他', '其他'],
      officialRoundMonth: 13,
      noteMaxLength: 1.5,
      scoring: { weights: { budget: 30 }, grades: { 良: 95 }, reverseScoring: 'square' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      '指标灯号阈值必须从红灯、黄灯到绿灯严格递增',
      '预算黄灯阈值应为数字',
      '比较容差不能为负数',
      '偏差原因类别不能重复',
      '官方监控月份应为 2 到 12 的整数（该月汇总此前各月数据）',
      '备注与原因说明的字数上限应为 1 到 100000 的整数',
      '自评分值合计必须为 100（当前 120）',
      '反向指标计分应为 线性扣分（超出部分按比例扣减） / 比值（目标值 / 实际值）',
      '等级最低分必须满足 中 < 良 < 优',
    ]);
  });

  it('names unknown settings', () => {
    expect(parseMonitoringSettings({ colour: 'red', lightThresholds: { blue: 2 } })).toEqual({
      ok: false,
      errors: ['指标灯号阈值中有未知设置项：blue', '设置中有未知设置项：colour'],
    });
  });

  it('refuses thresholds that are equal, numbers that are not finite and reason lists the entry form could not carry', () => {
    const errors = (override: unknown) => {
      const result = parseMonitoringSettings(override);
      return result.ok ? [] : result.errors;
    };
    expect(errors({ lightThresholds: { red: 0.8, yellow: 0.8 } })).toEqual(['指标灯号阈值必须从红灯、黄灯到绿灯严格递增']);
    expect(errors({ budgetThresholds: { red: Number.POSITIVE_INFINITY } })).toEqual(['预算红灯阈值应为数字']);
    expect(errors({ deviationReasons: [] })).toEqual(['至少需要一个偏差原因类别']);
    expect(errors({ deviationReasons: ['  '] })).toEqual(['偏差原因类别不能为空']);
    expect(errors({ deviationReasons: ['超'.repeat(21)] })).toEqual(['每个偏差原因类别不超过 20 个字']);
    expect(errors({ deviationReasons: Array.from({ length: 11 }, (_, i) => `原因${i}`) })).toEqual(['偏差原因类别不超过 10 个']);
    expect(errors({ scoring: { weights: { budget: 20, output: 40 } } })).toEqual([]);
  });

  it('checks the plausibility settings and merges them like the others', () => {
    const result = parseMonitoringSettings({ plausibility: { countUnits: ['次', '家'] } });
    expect(result.ok && result.settings.plausibility).toEqual({ maxTargetMultiple: 10, countUnits: ['次', '家'] });
    expect(parseMonitoringSettings({ plausibility: { maxTargetMultiple: 0.5, countUnits: [''] } })).toEqual({
      ok: false,
      errors: ['超过年度目标的倍数不能小于 1', '计数单位不能为空'],
    });
  });

  it('refuses a non-object', () => {
    expect(parseMonitoringSettings([1])).toEqual({ ok: false, errors: ['设置应为对象'] });
    expect(parseMonitoringSettings({ scoring: 3 })).toEqual({ ok: false, errors: ['自评设置应为对象'] });
  });
});
