import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { updateMonitoringSettings } from '../settings/update-monitoring-settings';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { saveEntry } from './save-entry';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

describe('the length of 备注 and 原因说明', () => {
  it('is the one the settings give', () => {
    const owner = actorOf(db, 'owner');
    const meeting = indicatorOf(db, '金融高层次人才支持项目工作经费', '召开培训会');
    const satisfaction = indicatorOf(db, '金融高层次人才支持项目工作经费', '受益对象满意度（%）');
    const red = { value: 10, reasons: ['其他'], possibility: '有可能' };
    // The default is 2,000 characters, counted as people count them (𠮷 is one).
    expect(saveEntry(db, owner, meeting.id, '2022-03', { value: 1, note: '𠮷'.repeat(2000) }).note).toHaveLength(4000);
    expect(() => saveEntry(db, owner, meeting.id, '2022-03', { value: 1, note: '注'.repeat(2001) })).toThrow('备注不能超过2000字（当前2001字）');

    updateMonitoringSettings(db, actorOf(db, 'admin'), { noteMaxLength: 5 });
    expect(() => saveEntry(db, owner, meeting.id, '2022-04', { value: 1, note: '六个字的备注' })).toThrow('备注不能超过5字（当前6字）');
    expect(() => saveEntry(db, owner, satisfaction.id, '2022-04', { ...red, explanation: '六个字的说明' })).toThrow('原因说明不能超过5字（当前6字）');
    expect(saveEntry(db, owner, satisfaction.id, '2022-04', { ...red, explanation: '人员调整', note: '五个字备注' }).explanation).toBe('人员调整');

    updateMonitoringSettings(db, actorOf(db, 'admin'), { noteMaxLength: 3000 });
    expect(saveEntry(db, owner, meeting.id, '2022-05', { value: 1, note: '注'.repeat(2500) }).note).toHaveLength(2500);
  });
});
