import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { findIndicator } from '@/db/queries/indicators';
import { saveEntry } from '../entries/save-entry';
import { ConflictError, ForbiddenError } from '../errors';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { indicatorDetail, proposal } from '@/test/support/target-changes';
import { entryBody } from '@/test/support/writable-indicators';
import { approveTargetChange, rejectTargetChange } from './decide-target-change';
import { proposeTargetChange } from './propose-target-change';
import { setTarget } from './set-target';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

describe('计划完成月份 through the target-change path (DOMAIN.md §5)', () => {
  it('召开会议 1次 of 金融交流合作, planned for 2022-09: green and expected 0 in June with 0 done, red in October with nothing done', () => {
    const owner = actorOf(db, 'owner');
    const meeting = indicatorOf(db, '金融交流合作', '召开会议'); // 年度指标值：1
    saveEntry(db, owner, meeting.id, '2022-06', entryBody(0, '尚未召开'));
    expect(indicatorDetail(db, owner, meeting.id, '2022-06').evaluation).toMatchObject({ expected: 0.5, light: 'red' });

    const change = proposeTargetChange(db, owner, meeting.id, proposal(meeting, { plannedPeriod: '2022-09' }, '会议定于九月召开'));
    expect(indicatorDetail(db, owner, meeting.id, '2022-06').evaluation.light).toBe('red');
    approveTargetChange(db, actorOf(db, 'admin'), change.id, { comment: '同意' });

    expect(findIndicator(db, meeting.id)!.plannedPeriod).toBe('2022-09');
    expect(indicatorDetail(db, owner, meeting.id, '2022-06').evaluation).toMatchObject({ actual: 0, expected: 0, light: 'green' });
    expect(indicatorDetail(db, owner, meeting.id, '2022-10').evaluation).toMatchObject({ actual: 0, expected: 1, light: 'red' });
  });
});

describe('setTarget', () => {
  it('lets the administrator set a target directly, recorded as proposed and approved by the administrator', () => {
    const admin = actorOf(db, 'admin');
    const venue = indicatorOf(db, '金融交流合作', '在本市或其他城市召开');
    const change = setTarget(db, admin, venue.id, proposal(venue, { plannedPeriod: '2022-11' }, '年度计划：十一月召开'));
    expect(change).toMatchObject({ status: 'approved', proposerUsername: 'admin', deciderUsername: 'admin', reason: '年度计划：十一月召开' });
    expect(change.decidedAt).toBe(change.proposedAt);
    expect(findIndicator(db, venue.id)).toMatchObject({ plannedPeriod: '2022-11', targetCorrectedAt: change.decidedAt });

    setTarget(db, admin, venue.id, proposal(findIndicator(db, venue.id)!, { plannedPeriod: null }, '取消计划月份'));
    const history = indicatorDetail(db, admin, venue.id, '2022-06').targetChanges;
    expect(history.map((c) => [c.before.plannedPeriod, c.proposed.plannedPeriod])).toEqual([
      [null, '2022-11'],
      ['2022-11', null],
    ]);
  });

  it('is for the administrator only, and waits for a pending proposal to be decided', () => {
    const visits = indicatorOf(db, '金融交流合作', '相互走访调研');
    for (const username of ['leader', 'owner', 'owner2', 'caizheng', 'auditor']) {
      expect(() => setTarget(db, actorOf(db, username), visits.id, proposal(visits, { value: 2 })), username).toThrow(ForbiddenError);
    }
    const pending = proposeTargetChange(db, actorOf(db, 'owner'), visits.id, proposal(visits, { value: 2 }));
    expect(() => setTarget(db, actorOf(db, 'admin'), visits.id, proposal(visits, { value: 3 }))).toThrow(ConflictError);
    expect(() => setTarget(db, actorOf(db, 'admin'), visits.id, proposal(visits, { value: 3 }))).toThrow('请先批准或驳回');
    rejectTargetChange(db, actorOf(db, 'admin'), pending.id, { comment: '走访次数不变' });
    expect(findIndicator(db, visits.id)!.targetValue).toBe(1);
  });
});
