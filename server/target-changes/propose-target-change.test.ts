import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { findIndicator } from '@/db/queries/indicators';
import { auditLog, targetChanges } from '@/db/schema';
import { saveEntry } from '../entries/save-entry';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { projectJson } from '../api/projects';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { indicatorDetail, proposal } from '@/test/support/target-changes';
import { entryBody } from '@/test/support/writable-indicators';
import { proposeTargetChange } from './propose-target-change';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

const PROJECT = '2022年购买地方金融风险监测防控和辅助监管服务';
const changeCount = () => db.select({ n: count() }).from(targetChanges).get()!.n;

describe('proposeTargetChange', () => {
  it('records the owner’s proposal, which counts for nothing until it is approved', () => {
    const owner = actorOf(db, 'owner');
    const reports = indicatorOf(db, PROJECT, '各类报告数量'); // 356份
    saveEntry(db, owner, reports.id, '2022-06', entryBody(120, '上半年'));
    expect(indicatorDetail(db, owner, reports.id, '2022-06').evaluation).toMatchObject({ expected: 178, light: 'yellow' });

    const change = proposeTargetChange(db, owner, reports.id, proposal(reports, { value: 229 }));
    expect(change).toMatchObject({ status: 'pending', proposerUsername: 'owner', reason: '年中预算调减，工作量相应减少', decidedAt: null });
    expect(change.before).toMatchObject({ value: 356, unit: '份', mode: 'cumulative', plannedPeriod: null });
    expect(change.proposed).toMatchObject({ value: 229, unit: '份' });

    expect(findIndicator(db, reports.id)).toMatchObject({ targetValue: 356, targetCorrectedAt: null });
    const leader = actorOf(db, 'leader');
    const seen = indicatorDetail(db, leader, reports.id, '2022-06');
    expect(seen.evaluation).toMatchObject({ expected: 178, light: 'yellow' });
    expect(seen.pendingTargetChange?.id).toBe(change.id);
    expect(seen.ifApproved).toMatchObject({ expected: 114.5, light: 'green' });
    const json = projectJson(db, leader, reports.projectId, '2022-06').indicators.find((i) => i.id === reports.id)!;
    expect(json).toMatchObject({ target: { value: 356 }, light: 'yellow', plannedPeriod: null });
    expect(json.pendingTargetChange).toMatchObject({ id: change.id, status: 'pending', proposedBy: 'owner', proposed: { value: 229 }, before: { value: 356 } });

    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'target-change.propose')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ username: 'owner', entity: 'indicator', entityId: String(reports.id) });
    expect(audit[0]!.before).toMatchObject({ targetValue: 356 });
    expect(audit[0]!.after).toMatchObject({ targetValue: 229, reason: '年中预算调减，工作量相应减少', approval: 'pending', targetChangeId: change.id });
  });

  it('keeps one pending proposal per indicator: a second is refused until the first is decided', () => {
    const reports = indicatorOf(db, PROJECT, '各类报告数量');
    const before = changeCount();
    expect(() => proposeTargetChange(db, actorOf(db, 'owner'), reports.id, proposal(reports, { value: 200 }))).toThrow(ConflictError);
    expect(() => proposeTargetChange(db, actorOf(db, 'owner'), reports.id, proposal(reports, { value: 200 }))).toThrow('已有待审批的目标调整');
    expect(changeCount()).toBe(before);
  });

  it('is for the project’s own owner only', () => {
    const media = indicatorOf(db, PROJECT, '媒体报道数(家)');
    for (const username of ['owner2', 'leader', 'admin', 'caizheng', 'auditor']) {
      expect(() => proposeTargetChange(db, actorOf(db, username), media.id, proposal(media, { value: 2 })), username).toThrow(ForbiddenError);
    }
    expect(() => proposeTargetChange(db, actorOf(db, 'owner'), 999_999, proposal(media, { value: 2 }))).toThrow(NotFoundError);
    expect(changeCount()).toBe(1);
  });

  it('refuses a target that changes nothing, a value missing, a month outside the budget year and no reason', () => {
    const owner = actorOf(db, 'owner');
    const media = indicatorOf(db, PROJECT, '媒体报道数(家)'); // 不少于3家
    expect(() => proposeTargetChange(db, owner, media.id, proposal(media, {}))).toThrow('与现行目标相同');
    expect(() => proposeTargetChange(db, owner, media.id, proposal(media, { value: null }))).toThrow('定量目标必须填写目标值');
    expect(() => proposeTargetChange(db, owner, media.id, proposal(media, { plannedPeriod: '2023-03' }))).toThrow('计划完成月份应为 2022 年内的月份');
    expect(() => proposeTargetChange(db, owner, media.id, proposal(media, { plannedPeriod: '2022-13' }))).toThrow('YYYY-MM');
    expect(() => proposeTargetChange(db, owner, media.id, proposal(media, { value: 2 }, '  '))).toThrow('请填写调整理由');
    expect(() => proposeTargetChange(db, owner, media.id, proposal(media, { value: 2 }, '长'.repeat(2001)))).toThrow('不能超过2000字');
    expect(() => proposeTargetChange(db, owner, media.id, { ...proposal(media, { value: 2 }), category: '产出指标' })).toThrow('未知字段：category');
    expect(() => proposeTargetChange(db, owner, media.id, { value: 2, reason: '少一家' })).toThrow('缺少字段 kind');
    expect(() => proposeTargetChange(db, owner, media.id, proposal(media, { value: '2' as unknown as number }))).toThrow('目标值应为数字');
    expect(changeCount()).toBe(1);
    expect(proposeTargetChange(db, owner, media.id, proposal(media, { value: 2 }, '长'.repeat(2000))).status).toBe('pending');
  });

  it('keeps the unit convertible with what was already logged', () => {
    const owner = actorOf(db, 'owner');
    const loans = indicatorOf(db, '受托管理机构委托管理费', '普惠机制合作银行累计贷款投放额'); // 800亿元
    saveEntry(db, owner, loans.id, '2022-01', { value: 3_000_000, unit: '万元' });
    expect(() => proposeTargetChange(db, owner, loans.id, proposal(loans, { unit: '家' }))).toThrow(ValidationError);
    expect(() => proposeTargetChange(db, owner, loans.id, proposal(loans, { unit: '家' }))).toThrow('无法换算');
    expect(proposeTargetChange(db, owner, loans.id, proposal(loans, { value: 8_000_000, unit: '万元' })).proposed.unit).toBe('万元');
  });
});
