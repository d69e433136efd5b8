import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { DEFAULT_MONITORING_SETTINGS } from '@/lib/monitoring';
import { ForbiddenError, ValidationError } from '../errors';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { saveEntry } from '../entries/save-entry';
import { actorOf, createDemoDb, indicatorOf } from '../test-support/demo-db';
import { updateMonitoringSettings } from './update-monitoring-settings';

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
});
