import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { DEFAULT_MONITORING_SETTINGS } from '@/lib/monitoring';
import { ForbiddenError, ValidationError } from '../errors';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { saveEntry } from '../entries/save-entry';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { updateMonitoringSettings, updateSettingsFromForm } from './update-monitoring-settings';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

describe('updateMonitoringSettings', () => {
  it('is for the admin only', () => {
    for (const username of ['leader', 'owner', 'auditor']) {
      expect(() => updateMonitoringSettings(db, actorOf(db, username), { officialRoundMonth: 9 })).toThrow(ForbiddenError);
    }
    expect(loadMonitoringSettings(db)).toEqual(DEFAULT_MONITORING_SETTINGS);
  });

  it('refuses thresholds out of order, changing nothing', () => {
    const admin = actorOf(db, 'admin');
    expect(() => updateMonitoringSettings(db, admin, { lightThresholds: { red: 0.9, yellow: 0.8, green: 1.2 } })).toThrow(ValidationError);
    expect(() => updateMonitoringSettings(db, admin, { lightThresholds: { red: 0.9, yellow: 0.8, green: 1.2 } })).toThrow('指标灯号阈值');
    expect(loadMonitoringSettings(db)).toEqual(DEFAULT_MONITORING_SETTINGS);
  });

  it('changes the rules the entries are judged by', () => {
    const owner = actorOf(db, 'owner');
    const indicator = indicatorOf(db, '金融高层次人才支持项目工作经费', '受益对象满意度（%）');
    expect(() => saveEntry(db, owner, indicator.id, '2022-06', { value: 50 })).toThrow('偏差原因为必填项');
    updateMonitoringSettings(db, actorOf(db, 'admin'), {
      lightThresholds: { red: 0.5, yellow: 0.55, green: 1.2 },
      deviationReasons: ['经费保障', '政策调整'],
    });
    expect(saveEntry(db, owner, indicator.id, '2022-06', { value: 50 }).value).toBe(50);
    expect(() => saveEntry(db, owner, indicator.id, '2022-07', { value: 20, reasons: ['政策调整'], explanation: '政策变化', possibility: '有可能' })).not.toThrow();
    expect(loadMonitoringSettings(db).deviationReasons).toEqual(['经费保障', '政策调整']);
  });

  it('reads the settings page as typed: full-width digits, one reason or unit per line, the checkbox; every setting the page shows is saved; a field that is not a number is named', () => {
    const admin = actorOf(db, 'admin');
    const form = {
      lightRed: '０.５', lightYellow: '0.7', lightGreen: '1.2', budgetRed: '0.6', budgetYellow: '0.8',
      deviationReasons: '经费保障\n 政策调整 \n', officialRoundMonth: '9',
      weightBudget: '10', weightOutput: '50', weightBenefit: '30', weightSatisfaction: '10',
      reverseScoring: 'ratio', grade优: '90', grade良: '80', grade中: '60',
      noteMaxLength: '500', maxTargetMultiple: '２0', countUnits: '次\n家、人', leaderApprovesTargetChanges: 'on',
      warningSpendingGap: '0.1', warningLowExecution: '0.7', 'warning-cost-higher': 'on', 'warning-low-execution': 'on',
    };
    expect(() => updateSettingsFromForm(db, admin, { ...form, lightYellow: '七成' })).toThrow(/^黄灯阈值应为数字/);
    expect(() => updateSettingsFromForm(db, admin, { ...form, weightOutput: '60' })).toThrow('自评分值合计必须为 100（当前 110）');
    const saved = updateSettingsFromForm(db, admin, form);
    expect(saved.lightThresholds).toEqual({ red: 0.5, yellow: 0.7, green: 1.2 });
    expect(saved.deviationReasons).toEqual(['经费保障', '政策调整']);
    expect(saved.officialRoundMonth).toBe(9);
    expect(saved.scoring.reverseScoring).toBe('ratio');
    expect(saved.noteMaxLength).toBe(500);
    expect(saved.plausibility).toEqual({ maxTargetMultiple: 20, countUnits: ['次', '家', '人'] });
    expect(saved.leaderApprovesTargetChanges).toBe(true);
    expect(saved.scoring.warnings).toEqual({ enabled: ['cost-higher', 'low-execution'], spendingGap: 0.1, lowExecutionRate: 0.7 });
    const { leaderApprovesTargetChanges: _checked, ...unchecked } = form;
    expect(updateSettingsFromForm(db, admin, unchecked).leaderApprovesTargetChanges).toBe(false);
    expect(() => updateSettingsFromForm(db, admin, { ...form, maxTargetMultiple: '0.5' })).toThrow('超过年度目标的倍数不能小于 1');
    expect(loadMonitoringSettings(db)).toEqual({ ...saved, leaderApprovesTargetChanges: false });
  });
});
