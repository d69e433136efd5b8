import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { auditLog, selfEvaluations } from '@/db/schema';
import { ConflictError, ForbiddenError, SelfEvaluationRefusedError, ValidationError } from '../errors';
import { updateMonitoringSettings } from '../settings/update-monitoring-settings';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { enterPropertyYear, PROPERTY_PROJECT } from '@/test/support/self-evaluation';
import { updateSelfEvaluationLine, updateSelfEvaluationSummary } from './edit-self-evaluation';
import { getSelfEvaluation } from './get-self-evaluation';
import { approveSelfEvaluation, reopenSelfEvaluation, returnSelfEvaluation, submitSelfEvaluation } from './review-self-evaluation';

let db: Db;
let cleanup: () => void;
let projectId = 0;
beforeAll(() => {
  ({ db, cleanup } = createDemoDb());
  projectId = enterPropertyYear(db);
});
afterAll(() => cleanup());

const id = (name: string) => indicatorOf(db, PROPERTY_PROJECT, name).id;
const as = (username: string) => actorOf(db, username);
const keep = { notApplicable: false, reason: '', score: null, analysis: '' };
const auditActions = () => db.select({ action: auditLog.action }).from(auditLog).all().map((r) => r.action).filter((a) => a.startsWith('self-evaluation'));

describe('the 自评 of 2022年业务用房物业管理费', () => {
  it('is drafted from December’s figures (see lib/self-evaluation/sheet.test.ts for the arithmetic)', () => {
    const view = getSelfEvaluation(db, as('leader'), projectId);
    expect(view.status).toBe('draft');
    expect(view.sheet.budget).toMatchObject({ initial: 116.96, executed: 100, score: 8.55 });
    expect(view.sheet.lines.map((l) => l.score)).toEqual([18.75, 16.88, 15.19, 11.81, 18.38]);
    expect([view.sheet.total, view.sheet.grade]).toEqual([89.56, '良']);
    // Indicators 81.01 of 90 against a budget score of 8.55 of 10: 5.01% apart.
    expect(view.sheet.warnings.map((w) => w.code)).toEqual(['spending-gap']);
    expect(view.rights).toEqual({ edit: false, review: false, reopen: false });
    expect(getSelfEvaluation(db, as('owner'), projectId).rights.edit).toBe(true);
  });

  it('refuses readers who may not see it or change it', () => {
    expect(() => getSelfEvaluation(db, as('auditor'), projectId)).toThrow(ForbiddenError);
    for (const user of ['owner2', 'leader', 'admin']) {
      expect(() => updateSelfEvaluationLine(db, as(user), projectId, id('行政运转'), { notApplicable: true, reason: '理由' })).toThrow(ForbiddenError);
    }
  });

  it('refuses a score outside its band, a 不适用 without a reason, an analysis over the limit: nothing changes', () => {
    const owner = as('owner');
    expect(() => updateSelfEvaluationLine(db, owner, projectId, id('主电路设备检查'), { ...keep, score: 12, reason: '理由' })).toThrow('「主电路设备检查」为“达成”，分值 18.75，得分应在 15.00–18.75 之间（收到 12）');
    expect(() => updateSelfEvaluationLine(db, owner, projectId, id('行政运转'), { notApplicable: true })).toThrow(SelfEvaluationRefusedError);
    expect(() => updateSelfEvaluationLine(db, owner, projectId, id('行政运转'), { analysis: '字'.repeat(2001) })).toThrow(ValidationError);
    expect(() => updateSelfEvaluationLine(db, owner, projectId, id('行政运转'), { grade: 'A' })).toThrow('未知字段：grade');
    expect(db.select().from(selfEvaluations).all()).toEqual([]);
  });

  it('keeps each change from the draft: 不适用 rescales the others, a moved score shows the draft beside it', () => {
    const owner = as('owner');
    updateSelfEvaluationLine(db, owner, projectId, id('行政运转'), { ...keep, notApplicable: true, reason: '年度内办公场所未调整，无法评价' });
    const view = updateSelfEvaluationLine(db, owner, projectId, id('主电路设备检查'), { ...keep, score: 20, reason: '12次检查全部完成' });
    expect(view.sheet.lines.map((l) => l.weight)).toEqual([23.08, 23.08, 20.77, 0, 23.07]);
    expect(view.sheet.lines.map((l) => l.score)).toEqual([23.08, 20, 18.69, null, 22.61]);
    expect(view.sheet.total).toBe(92.93);
    expect(view.events.map((e) => e.text)).toEqual([
      '「行政运转」草稿 11.81 → 不适用，理由：年度内办公场所未调整，无法评价',
      '「主电路设备检查」草稿 16.88 → 20.00，理由：12次检查全部完成',
    ]);
  });

  it('refuses a submission while lines below their weight have no analysis, naming each', () => {
    try {
      submitSelfEvaluation(db, as('owner'), projectId);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SelfEvaluationRefusedError);
      expect((error as SelfEvaluationRefusedError).problems).toEqual([
        '预算执行率得分低于分值，请填写偏差原因分析及改进措施',
        '「主电路设备检查」得分 20.00 低于分值 23.08，请填写偏差原因分析及改进措施',
        '「安全保障」得分 18.69 低于分值 20.77，请填写偏差原因分析及改进措施',
        '「绿化保洁工作质量达标率」得分 22.61 低于分值 23.07，请填写偏差原因分析及改进措施',
      ]);
    }
  });

  it('goes through submit → return → resubmit → approve → reopen, each step kept and audited', () => {
    const owner = as('owner');
    const leader = as('leader');
    for (const name of ['主电路设备检查', '安全保障', '绿化保洁工作质量达标率']) {
      const line = getSelfEvaluation(db, owner, projectId).input.lines.find((l) => l.name === name)!;
      updateSelfEvaluationLine(db, owner, projectId, line.indicatorId, { notApplicable: false, reason: line.edit.reason, score: name === '主电路设备检查' ? 20 : null, analysis: '部分巡查记录不全，明年按月归档' });
    }
    updateSelfEvaluationSummary(db, owner, projectId, { goalActual: '保障办公场所安全运行', budgetAnalysis: '年末两项维修合同未结算' });
    expect(submitSelfEvaluation(db, owner, projectId).status).toBe('submitted');
    expect(() => updateSelfEvaluationSummary(db, owner, projectId, { goalActual: '改' })).toThrow(ConflictError);
    expect(() => approveSelfEvaluation(db, as('admin'), projectId, {})).toThrow(ForbiddenError);
    expect(() => returnSelfEvaluation(db, leader, projectId, {})).toThrow(ValidationError);

    const returned = returnSelfEvaluation(db, leader, projectId, { comment: '请补充消防检查记录' });
    expect([returned.status, returned.comment, returned.live]).toEqual(['returned', '请补充消防检查记录', true]);
    submitSelfEvaluation(db, owner, projectId);
    const approved = approveSelfEvaluation(db, leader, projectId, { comment: '同意' });
    expect([approved.status, approved.sheet.total, approved.live]).toEqual(['approved', 92.93, false]);
    expect(() => updateSelfEvaluationLine(db, owner, projectId, id('安全保障'), keep)).toThrow('该自评已通过');
    expect(() => reopenSelfEvaluation(db, leader, projectId, { reason: '重评' })).toThrow(ForbiddenError);

    const reopened = reopenSelfEvaluation(db, as('admin'), projectId, { reason: '财政局抽查要求补充佐证' });
    expect(reopened.status).toBe('returned');
    expect(reopened.events.map((e) => e.kind).filter((k) => k !== 'edit')).toEqual(['submit', 'return', 'submit', 'approve', 'reopen']);
    expect(auditActions()).toContain('self-evaluation.reopen');
    expect(auditActions().filter((a) => a === 'self-evaluation.submit')).toHaveLength(2);
  });

  it('recomputes an open evaluation when the weights change, but not a submitted one', () => {
    const admin = as('admin');
    const owner = as('owner');
    submitSelfEvaluation(db, owner, projectId);
    updateMonitoringSettings(db, admin, { scoring: { weights: { budget: 20, output: 40, benefit: 30, satisfaction: 10 } } });
    expect(getSelfEvaluation(db, owner, projectId).sheet.budget.weight).toBe(10);
    returnSelfEvaluation(db, as('leader'), projectId, { comment: '按新分值重评' });
    // 执行率 85.499…% of 20 points = 17.0998… → 17.10.
    expect(getSelfEvaluation(db, owner, projectId).sheet.budget).toMatchObject({ weight: 20, score: 17.1 });
    expect(db.select().from(selfEvaluations).where(eq(selfEvaluations.projectId, projectId)).get()!.snapshot).toBeNull();
  });
});
