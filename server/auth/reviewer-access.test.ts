import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { auditLog } from '@/db/schema';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { importSmallDepartment } from '@/test/support/small-department';
import { enterPropertyYear } from '@/test/support/self-evaluation';
import { saveExecution } from '../executions/save-execution';
import { ForbiddenError } from '../errors';
import { getDepartmentsOverview } from '../overview/get-departments-overview';
import { getProjectDetail } from '../projects/get-project-detail';
import { resolveScope } from '../scope/resolve-scope';
import { getSelfEvaluation } from '../self-evaluation/get-self-evaluation';
import { getSelfEvaluationSummary } from '../self-evaluation/department-summary';
import { updateSelfEvaluationSummary } from '../self-evaluation/edit-self-evaluation';
import { approveSelfEvaluation, reopenSelfEvaluation, submitSelfEvaluation } from '../self-evaluation/review-self-evaluation';
import { updateMonitoringSettings } from '../settings/update-monitoring-settings';
import { assertCanImport } from '../import/preview-upload';
import { createUser } from '../users/create-user';
import { canReadDepartment, requireReadableProject } from './access';

let db: Db;
let cleanup: () => void;
let small: ReturnType<typeof importSmallDepartment>;
let propertyId: number;
beforeAll(() => {
  ({ db, cleanup } = createDemoDb());
  small = importSmallDepartment(db);
  propertyId = enterPropertyYear(db);
});
afterAll(() => cleanup());

const reviewer = () => actorOf(db, 'caizheng');
const auditCount = () => db.select().from(auditLog).all().length;

describe('the 财政 reviewer', () => {
  it('belongs to no department and reads every one: the demo department and the small one', () => {
    const actor = reviewer();
    expect(actor).toMatchObject({ role: 'reviewer', departmentId: null });
    const demo = indicatorOf(db, '2022年业务用房物业管理费', '消防安全检查次数');
    const demoDepartment = requireReadableProject(db, actor, demo.projectId).departmentId;
    expect(canReadDepartment(actor, demoDepartment)).toBe(true);
    expect(canReadDepartment(actor, small.departmentId)).toBe(true);
    const options = resolveScope(db, actor, { year: '2022' })!.options.map((o) => o.departmentId).sort();
    expect(options).toEqual([demoDepartment, small.departmentId].sort());
  });

  it('sees 各部门总览 with the same rows as the administrator', () => {
    const query = { year: '2022', asOf: '2022-03' };
    const mine = getDepartmentsOverview(db, reviewer(), query)!;
    expect(mine.rows).toHaveLength(2);
    expect(mine.rows).toEqual(getDepartmentsOverview(db, actorOf(db, 'admin'), query)!.rows);
  });

  it('opens a project of another department with no right to write, set or decide', () => {
    const meeting = indicatorOf(db, '会议项目', '召开会议');
    const detail = getProjectDetail(db, reviewer(), meeting.projectId, () => '2022-03');
    expect(detail.project.name).toBe('会议项目');
    expect(detail).toMatchObject({ canWrite: false, canDecideTargetChanges: false, canSetTarget: false });
  });

  it('reads a 自评 and the 自评汇总 without any right on them', () => {
    const view = getSelfEvaluation(db, reviewer(), propertyId);
    expect(view.rights).toEqual({ edit: false, review: false, reopen: false });
    const summary = getSelfEvaluationSummary(db, reviewer(), 2022, view.project.departmentId);
    expect(summary.rows.map((r) => r.projectId)).toContain(propertyId);
  });

  it('is refused every write, and nothing is recorded', () => {
    const actor = reviewer();
    const before = auditCount();
    const meeting = indicatorOf(db, '会议项目', '召开会议');
    expect(() => saveExecution(db, actor, meeting.projectId, '2022-03', { amount: 1 })).toThrow(ForbiddenError);
    expect(() => updateSelfEvaluationSummary(db, actor, propertyId, { budgetAnalysis: '复核' })).toThrow(ForbiddenError);
    expect(() => submitSelfEvaluation(db, actor, propertyId)).toThrow(ForbiddenError);
    expect(() => approveSelfEvaluation(db, actor, propertyId, { comment: '' })).toThrow(ForbiddenError);
    expect(() => reopenSelfEvaluation(db, actor, propertyId, { reason: '复核' })).toThrow(ForbiddenError);
    expect(() => updateMonitoringSettings(db, actor, { leaderApprovesTargetChanges: true })).toThrow(ForbiddenError);
    expect(() => assertCanImport(actor)).toThrow(ForbiddenError);
    const body = { username: 'by-reviewer', displayName: '越权', role: 'owner', departmentId: small.departmentId, password: 'abcd1234' };
    expect(() => createUser(db, actor, body)).toThrow(ForbiddenError);
    expect(auditCount()).toBe(before);
  });

  it('is an account the administrator can create, without a department', () => {
    const body = { username: 'caizheng2', displayName: '财政局复核', role: 'reviewer', departmentId: small.departmentId, password: 'abcd1234' };
    createUser(db, actorOf(db, 'admin'), body);
    expect(actorOf(db, 'caizheng2')).toMatchObject({ role: 'reviewer', departmentId: null });
  });
});
