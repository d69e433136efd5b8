import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { ForbiddenError } from '../errors';
import { updateMonitoringSettings } from '../settings/update-monitoring-settings';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { proposal } from '@/test/support/target-changes';
import { approveTargetChange } from './decide-target-change';
import { listTargetChanges, pendingTargetChangeCount } from './list-target-changes';
import { proposeTargetChange } from './propose-target-change';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

const propose = (name: string, value: number) => {
  const indicator = indicatorOf(db, '2022年岭南金融博物馆运营管理', name);
  return proposeTargetChange(db, actorOf(db, 'owner'), indicator.id, proposal(indicator, { value }));
};

describe('listTargetChanges', () => {
  it('shows approvers what waits, oldest first, and what was decided', () => {
    const first = propose('博物馆参观人次', 15000);
    const second = propose('媒体报道数(家)', 6);
    approveTargetChange(db, actorOf(db, 'admin'), propose('取得研究成果数(项)', 1).id, { comment: '同意' });

    const admin = listTargetChanges(db, actorOf(db, 'admin'));
    expect(admin.pending.map((c) => [c.id, c.projectName, c.indicator.name, c.canDecide])).toEqual([
      [first.id, '2022年岭南金融博物馆运营管理', '博物馆参观人次', true],
      [second.id, '2022年岭南金融博物馆运营管理', '媒体报道数(家)', true],
    ]);
    expect(admin.recent.map((c) => [c.status, c.indicator.name, c.comment])).toEqual([['approved', '取得研究成果数(项)', '同意']]);
    expect(pendingTargetChangeCount(db, actorOf(db, 'admin'))).toBe(2);
  });

  it('lets the leader see the department’s proposals, deciding them only when the setting says so', () => {
    const leader = actorOf(db, 'leader');
    expect(listTargetChanges(db, leader).pending.map((c) => c.canDecide)).toEqual([false, false]);
    expect(pendingTargetChangeCount(db, leader)).toBe(2);
    expect(pendingTargetChangeCount(db, { ...leader, departmentId: 999 })).toBe(0);
    updateMonitoringSettings(db, actorOf(db, 'admin'), { leaderApprovesTargetChanges: true });
    expect(listTargetChanges(db, leader)).toMatchObject({ leaderApproves: true, pending: [{ canDecide: true }, { canDecide: true }] });
  });

  it('is closed to owners and the auditor', () => {
    for (const username of ['owner', 'owner2', 'caizheng', 'auditor']) {
      expect(() => listTargetChanges(db, actorOf(db, username)), username).toThrow(ForbiddenError);
      expect(pendingTargetChangeCount(db, actorOf(db, username))).toBeNull();
    }
  });
});
