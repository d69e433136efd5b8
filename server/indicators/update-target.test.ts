import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { findIndicator } from '@/db/queries/indicators';
import { ForbiddenError, ValidationError } from '../errors';
import { saveEntry } from '../entries/save-entry';
import { actorOf, createDemoDb, indicatorOf } from '../test-support/demo-db';
import { updateTarget } from './update-target';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

const edit = { category: '产出指标', kind: 'quantitative', comparator: '>=', value: 2, unit: '次', direction: 'higher', mode: 'cumulative' };

describe('updateTarget', () => {
  it('lets the owner correct the parsed target', () => {
    const indicator = indicatorOf(db, '优化营商环境工作经费', '会议数（次）');
    const updated = updateTarget(db, actorOf(db, 'owner'), indicator.id, edit);
    expect(updated).toMatchObject({ comparator: '>=', targetValue: 2, targetUnit: '次', mode: 'cumulative' });
  });

  it('refuses other users and bad targets, changing nothing', () => {
    const indicator = indicatorOf(db, '优化营商环境工作经费', '参加会议人数');
    for (const username of ['leader', 'owner2', 'auditor']) {
      expect(() => updateTarget(db, actorOf(db, username), indicator.id, edit)).toThrow(ForbiddenError);
    }
    const owner = actorOf(db, 'owner');
    expect(() => updateTarget(db, owner, indicator.id, { ...edit, value: null })).toThrow('定量目标必须填写目标值');
    expect(() => updateTarget(db, owner, indicator.id, { ...edit, mode: 'weekly' })).toThrow(ValidationError);
    expect(findIndicator(db, indicator.id)).toMatchObject({ targetValue: 30, targetUnit: null });
  });

  it('keeps the unit convertible with what was already logged', () => {
    const indicator = indicatorOf(db, '受托管理机构委托管理费', '普惠机制合作银行累计贷款投放额');
    const owner = actorOf(db, 'owner');
    saveEntry(db, owner, indicator.id, '2022-01', { value: 3_000_000, unit: '万元' });
    expect(() => updateTarget(db, owner, indicator.id, { ...edit, value: 800, unit: '家' })).toThrow('无法换算');
    expect(updateTarget(db, owner, indicator.id, { ...edit, value: 8_000_000, unit: '万元' }).targetUnit).toBe('万元');
  });
});
