import { describe, expect, it } from 'vitest';
import { DEFAULT_MONITORING_SETTINGS, parseMonitoringSettings } from './settings';

describe('DEFAULT_MONITORING_SETTINGS', () => {
  it('holds the defaults of DOMAIN.md §5 and §6', () => {
    const s = DEFAULT_MONITORING_SETTINGS;
    expect(s.lightThresholds).toEqual({ red: 0.6, yellow: 0.8, green: 1.2 });
    expect(s.budgetThresholds).toEqual({ red: 0.6, yellow: 0.8 });
    expect(s.tolerance).toBe(1e-9);
    expect(s.deviationReasons).toEqual(['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他']);
    expect(s.officialRoundMonth).toBe(8);
    expect(s.noteMaxLength).toBe(2000);
    expect(s.leaderApprovesTargetChanges).toBe(false);
    expect(s.scoring).toEqual({
      weights: { budget: 10, output: 50, benefit: 30, satisfaction: 10 },
      reverseScoring: 'linear',
      grades: { 优: 90, 良: 80, 中: 60 },
    });
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
      leaderApprovesTargetChanges: true,
      scoring: { reverseScoring: 'ratio', weights: { budget: 20, output: 40 } },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.lightThresholds).toEqual({ red: 0.5, yellow: 0.8, green: 1.2 });
    expect(result.settings.deviationReasons).toEqual(['经费保障', '其他']);
    expect(result.settings.officialRoundMonth).toBe(7);
    expect(result.settings.noteMaxLength).toBe(2000);
    expect(result.settings.leaderApprovesTargetChanges).toBe(true);
    expect(result.settings.scoring.reverseScoring).toBe('ratio');
    expect(result.settings.scoring.weights).toEqual({ budget: 20, output: 40, benefit: 30, satisfaction: 10 });
    expect(result.settings.scoring.grades).toEqual({ 优: 90, 良: 80, 中: 60 });
  });

  it('does not change the defaults', () => {
    parseMonitoringSettings({ lightThresholds: { red: 0.1 } });
    expect(DEFAULT_MONITORING_SETTINGS.lightThresholds.red).toBe(0.6);
  });

  it('reports every problem', () => {
    const result = parseMonitoringSettings({
      lightThresholds: { red: 0.9, blue: 2 },
      budgetThresholds: { yellow: 'x' },
      tolerance: -1,
      deviationReasons: ['其他', '其他'],
      officialRoundMonth: 13,
      noteMaxLength: 1.5,
      leaderApprovesTargetChanges: 'yes',
      scoring: { weights: { budget: 30 }, grades: { 良: 95 }, reverseScoring: 'square' },
      colour: 'red',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      '未知设置项 colour',
      '未知设置项 lightThresholds.blue',
      '设置项 lightThresholds 的阈值必须严格递增',
      '设置项 budgetThresholds.yellow 必须是非负数',
      '设置项 scoring.weights 的分值合计必须为 100（当前 120）',
      '设置项 scoring.grades 的阈值必须严格递增',
      '设置项 scoring.reverseScoring 必须是 linear 或 ratio',
      '设置项 tolerance 必须是 0 到 0.01 之间的数',
      '设置项 deviationReasons 必须是不重复的非空文字列表',
      '设置项 officialRoundMonth 必须是 2 到 12 的整数（该月汇总此前各月数据）',
      '设置项 noteMaxLength 必须是 1 到 100000 的整数',
      '设置项 leaderApprovesTargetChanges 必须是 true 或 false',
    ]);
  });

  it('refuses a non-object', () => {
    expect(parseMonitoringSettings([1])).toEqual({ ok: false, errors: ['设置项 (根) 必须是对象'] });
    expect(parseMonitoringSettings({ scoring: 3 })).toEqual({ ok: false, errors: ['设置项 scoring 必须是对象'] });
  });
});
