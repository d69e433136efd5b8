import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { findIndicator } from '@/db/queries/indicators';
import { auditLog } from '@/db/schema';
import { saveEntry } from '../entries/save-entry';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { updateMonitoringSettings } from '../settings/update-monitoring-settings';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { indicatorDetail, proposal } from '@/test/support/target-changes';
import { entryBody } from '@/test/support/writable-indicators';
import { approveTargetChange, rejectTargetChange } from './decide-target-change';
import { proposeTargetChange } from './propose-target-change';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

const PROJECT = '2022年购买地方金融风险监测防控和辅助监管服务';
const propose = (name: string, change: Parameters<typeof proposal>[1]) => {
  const indicator = indicatorOf(db, PROJECT, name);
  return proposeTargetChange(db, actorOf(db, 'owner'), indicator.id, proposal(indicator, change));
};

describe('approveTargetChange', () => {
  it('applies the proposed target with its audit row, marks it corrected, and the light follows', () => {
    const owner = actorOf(db, 'owner');
    const reports = indicatorOf(db, PROJECT, '各类报告数量'); // 356份
    saveEntry(db, owner, reports.id, '2022-06', entryBody(120, '上半年'));
    const change = propose('各类报告数量', { value: 229 });
    expect(indicatorDetail(db, owner, reports.id, '2022-06').evaluation.light).toBe('yellow');

    const approved = approveTargetChange(db, actorOf(db, 'admin'), change.id, { comment: '同意，按预算调减' });
    expect(approved).toMatchObject({ status: 'approved', deciderUsername: 'admin', comment: '同意，按预算调减' });
    expect(approved.before).toMatchObject({ value: 356 });
    expect(findIndicator(db, reports.id)).toMatchObject({ targetText: '356份', targetValue: 229, targetUnit: '份' });
    expect(findIndicator(db, reports.id)!.targetCorrectedAt).toBe(approved.decidedAt);

    const after = indicatorDetail(db, actorOf(db, 'leader'), reports.id, '2022-06');
    expect(after.evaluation).toMatchObject({ expected: 114.5, light: 'green' });
    expect(after.pendingTargetChange).toBeNull();
    expect(after.targetChanges.map((c) => [c.status, c.before.value, c.proposed.value])).toEqual([['approved', 356, 229]]);
    const [audit] = db.select().from(auditLog).where(eq(auditLog.action, 'target-change.approve')).all();
    expect(audit).toMatchObject({ username: 'admin', entityId: String(reports.id) });
    expect(audit!.after).toMatchObject({ targetValue: 229, targetChangeId: change.id });
  });

  it('answers 409 once a change is no longer pending', () => {
    const change = propose('金融非现场监管服务量(家)', { value: 700 });
    approveTargetChange(db, actorOf(db, 'admin'), change.id, {});
    expect(() => approveTargetChange(db, actorOf(db, 'admin'), change.id, {})).toThrow(ConflictError);
    expect(() => rejectTargetChange(db, actorOf(db, 'admin'), change.id, { comment: '不同意' })).toThrow('已批准');
    expect(() => approveTargetChange(db, actorOf(db, 'admin'), 999_999, {})).toThrow(NotFoundError);
  });

  it('is for the administrator, and for the leader only when the setting says so', () => {
    const change = propose('新闻媒体影响力', { value: 8 });
    for (const username of ['leader', 'owner', 'owner2', 'caizheng', 'auditor']) {
      expect(() => approveTargetChange(db, actorOf(db, username), change.id, {}), username).toThrow(ForbiddenError);
    }
    expect(() => approveTargetChange(db, actorOf(db, 'leader'), change.id, {})).toThrow('设置中未允许部门领导审批');
    updateMonitoringSettings(db, actorOf(db, 'admin'), { leaderApprovesTargetChanges: true });
    const otherDepartment = { ...actorOf(db, 'leader'), departmentId: 999 };
    expect(() => approveTargetChange(db, otherDepartment, change.id, {})).toThrow(ForbiddenError);
    expect(findIndicator(db, change.indicatorId)!.targetValue).toBe(10);
    expect(approveTargetChange(db, actorOf(db, 'leader'), change.id, { comment: '同意' })).toMatchObject({ status: 'approved', deciderUsername: 'leader' });
    updateMonitoringSettings(db, actorOf(db, 'admin'), {});
  });

  it('refuses when the proposed unit no longer converts with what was logged since', () => {
    const owner = actorOf(db, 'owner');
    const companies = indicatorOf(db, PROJECT, '金融风险监测企业数(万家)'); // 22万家
    const change = propose('金融风险监测企业数(万家)', { value: 20, unit: '万户' });
    saveEntry(db, owner, companies.id, '2022-02', entryBody(3, '二月'));
    expect(() => approveTargetChange(db, actorOf(db, 'admin'), change.id, {})).toThrow('无法换算');
    expect(findIndicator(db, companies.id)!.targetUnit).toBe('万家');
    expect(rejectTargetChange(db, actorOf(db, 'admin'), change.id, { comment: '单位与已填报的不一致' }).status).toBe('rejected');
  });
});

describe('rejectTargetChange', () => {
  it('needs a comment, keeps the target, and shows in the history marked rejected', () => {
    const owner = actorOf(db, 'owner');
    const change = propose('服务对象满意度指标', { value: 80 }); // 不低于90%
    const admin = actorOf(db, 'admin');
    expect(() => rejectTargetChange(db, admin, change.id, {})).toThrow('缺少字段 comment');
    expect(() => rejectTargetChange(db, admin, change.id, { comment: ' ' })).toThrow('驳回时请填写审批意见');
    expect(() => rejectTargetChange(db, admin, change.id, { comment: '不同意', extra: 1 })).toThrow(ValidationError);
    expect(() => rejectTargetChange(db, owner, change.id, { comment: '撤回' })).toThrow(ForbiddenError);

    const rejected = rejectTargetChange(db, admin, change.id, { comment: '满意度目标不下调' });
    expect(rejected).toMatchObject({ status: 'rejected', comment: '满意度目标不下调', deciderUsername: 'admin' });
    const detail = indicatorDetail(db, owner, change.indicatorId, '2022-06');
    expect(detail.indicator).toMatchObject({ targetValue: 90, targetCorrectedAt: null });
    expect(detail.targetChanges.map((c) => c.status)).toEqual(['rejected']);
    expect(proposeTargetChange(db, owner, change.indicatorId, proposal(detail.indicator, { value: 85 }, '再次申请')).status).toBe('pending');
  });
});
