import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { auditLog, monitoringRounds, projectOwners, projects, roundEvents, roundProjects } from '@/db/schema';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { importSmallDepartment } from '@/test/support/small-department';
import { proposal } from '@/test/support/target-changes';
import type { Actor } from '../auth/actor';
import { saveEntry } from '../entries/save-entry';
import { ConflictError, ForbiddenError, LockedError, NotFoundError, SubmissionIncompleteError, ValidationError } from '../errors';
import { saveExecution } from '../executions/save-execution';
import { proposeTargetChange } from '../target-changes/propose-target-change';
import { createUser } from '../users/create-user';
import { closeRound, listRounds, openRound } from './manage-rounds';
import { takeRoundStep } from './round-steps';
import { listReviewQueue, reviewQueueCount } from './review-queue';
import { getRoundProject } from './round-view';

let db: Db;
let cleanup: () => void;
let small: ReturnType<typeof importSmallDepartment>;
let meeting = 0;
let training = 0;
beforeAll(() => {
  ({ db, cleanup } = createDemoDb());
  small = importSmallDepartment(db);
  meeting = db.select().from(projects).where(eq(projects.name, '会议项目')).get()!.id;
  training = db.select().from(projects).where(eq(projects.name, '培训项目')).get()!.id;
});
afterAll(() => cleanup());

const admin = () => actorOf(db, 'admin');
const rows = (table: typeof roundProjects | typeof roundEvents | typeof monitoringRounds) => db.select({ n: count() }).from(table).get()!.n;
const roundAudit = () => db.select({ action: auditLog.action }).from(auditLog).all().map((r) => r.action).filter((a) => a.startsWith('round.'));
const july = () => ({ year: 2022, departmentId: small.departmentId, period: '2022-07', deadline: '2022-08-15', official: true });
let roundId = 0;

function refusal(run: () => unknown): SubmissionIncompleteError {
  try {
    run();
  } catch (error) {
    return error as SubmissionIncompleteError;
  }
  throw new Error('expected a refusal');
}

describe('opening and closing rounds', () => {
  it('opens the official July round of a department–year for the administrator only', () => {
    expect(() => openRound(db, small.leader, july())).toThrow(ForbiddenError);
    const round = openRound(db, admin(), july());
    roundId = round.id;
    expect(round).toMatchObject({ period: '2022-07', deadline: '2022-08-15', official: true, status: 'open', departmentName: '总览测试局', year: 2022 });
    expect(round.counts).toEqual({ pending: 3, submitted: 0, approved: 0, returned: 0 });
    expect(roundAudit()).toEqual(['round.open']);
  });

  it('refuses a month that is not YYYY-MM or outside the year, a deadline that is not a date, a duplicate, an unknown field', () => {
    const before = rows(monitoringRounds);
    expect(() => openRound(db, admin(), { ...july(), period: '2022-7' })).toThrow('监控月份应为 YYYY-MM（如 2022-07），收到“2022-7”');
    expect(() => openRound(db, admin(), { ...july(), period: '2023-07' })).toThrow('监控月份应在 2022 年内（收到 2023-07）');
    expect(() => openRound(db, admin(), { ...july(), period: '2022-06', deadline: '2022-02-30' })).toThrow('截止日期应为有效日期 YYYY-MM-DD（如 2022-08-15），收到“2022-02-30”');
    expect(() => openRound(db, admin(), { ...july(), period: '2022-06', deadline: '8月15日' })).toThrow(ValidationError);
    expect(() => openRound(db, admin(), july())).toThrow('该部门 2022年7月的监控轮次已开启过，不能重复开启');
    expect(() => openRound(db, admin(), july())).toThrow(ConflictError);
    expect(() => openRound(db, admin(), { ...july(), year: 2021 })).toThrow(NotFoundError);
    expect(() => openRound(db, admin(), { ...july(), color: 'red' })).toThrow('未知字段：color');
    expect(rows(monitoringRounds)).toBe(before);
  });

  it('lists a year’s rounds to those who read the department, refusing a role that reads none', () => {
    expect(listRounds(db, small.owner, 2022).map((r) => r.id)).toEqual([roundId]);
    expect(listRounds(db, actorOf(db, 'leader'), 2022)).toEqual([]);
    expect(listRounds(db, small.leader, 2021)).toEqual([]);
    expect(() => listRounds(db, actorOf(db, 'auditor'), 2022)).toThrow(ForbiddenError);
  });
});

describe('a project through the July round', () => {
  const step = (actor: Actor, name: Parameters<typeof takeRoundStep>[4], body: unknown = {}, project = meeting) => takeRoundStep(db, actor, roundId, project, name, body);

  it('refuses the submission of someone else’s project', () => {
    expect(() => step(actorOf(db, 'owner'), 'submit')).toThrow(ForbiddenError);
    const other = createUser(db, admin(), { username: 'small-owner2', displayName: '另一负责人', role: 'owner', departmentId: small.departmentId, password: 'Other-pass-2022' });
    expect(() => step(actorOf(db, other.username), 'submit')).toThrow('只有该项目的负责人可以送审');
    expect(() => step(small.leader, 'submit')).toThrow(ForbiddenError);
    expect(rows(roundProjects)).toBe(0);
  });

  it('refuses the owner’s submission, listing each missing item, until July is complete', () => {
    const error = refusal(() => step(small.owner, 'submit'));
    expect(error).toBeInstanceOf(SubmissionIncompleteError);
    expect(error.status).toBe(422);
    expect(error.missing).toEqual(['「召开会议」缺少2022年7月的填报', '「参会满意度」缺少2022年7月的填报', '缺少2022年7月的累计执行数']);
    // 12 meetings a year: 7 by July is on schedule (green); 95% against ≥90% is green.
    saveEntry(db, small.owner, indicatorOf(db, '会议项目', '召开会议').id, '2022-07', { value: 7 });
    saveEntry(db, small.owner, indicatorOf(db, '会议项目', '参会满意度').id, '2022-07', { value: 95 });
    expect(refusal(() => step(small.owner, 'submit')).missing).toEqual(['缺少2022年7月的累计执行数']);
    expect(getRoundProject(db, small.owner, roundId, meeting)).toMatchObject({ state: 'pending', rights: { submit: true, approve: false } });
    saveExecution(db, small.owner, meeting, '2022-07', { amount: 58 });
    expect(rows(roundProjects)).toBe(0);

    const view = step(small.owner, 'submit');
    expect(view).toMatchObject({ state: 'submitted', missing: [], rights: { submit: false } });
    expect(view.events.map((e) => [e.kind, e.userName])).toEqual([['submit', '测试负责人']]);
    expect(() => step(small.owner, 'submit')).toThrow('该项目本轮为“已送审”，不能送审（须为未填报或已退回）');
  });

  it('puts the submitted project in 待审核 of its department’s leader only', () => {
    const queue = listReviewQueue(db, small.leader);
    expect(queue.items.map((i) => [i.projectName, i.round.period, i.owners])).toEqual([['会议项目', '2022-07', ['测试负责人']]]);
    expect(queue.canDecide).toBe(true);
    // The leader counts it in 待办; the administrator's 待审核 link carries the count.
    expect(reviewQueueCount(db, small.leader)).toBeNull();
    expect(listReviewQueue(db, actorOf(db, 'leader')).items).toEqual([]);
    expect(listReviewQueue(db, admin())).toMatchObject({ items: [{ projectName: '会议项目' }], canDecide: false });
    expect(reviewQueueCount(db, admin())).toBe(1);
    expect(() => listReviewQueue(db, small.owner)).toThrow(ForbiddenError);
  });

  it('refuses a return without a comment, a leader of another department, and approving one’s own project', () => {
    expect(() => step(small.leader, 'return', {})).toThrow(ValidationError);
    expect(() => step(small.leader, 'return', { comment: '  ' })).toThrow('退回时请填写审核意见');
    expect(() => step(actorOf(db, 'leader'), 'approve')).toThrow(ForbiddenError);
    expect(() => step(small.owner, 'approve')).toThrow('只有本部门的部门领导可以审核');
    const former = createUser(db, admin(), { username: 'small-leader2', displayName: '兼负责人的领导', role: 'leader', departmentId: small.departmentId, password: 'Leader-pass-2022' });
    // A former owner of the project who is now the department's leader: still listed among its owners.
    db.insert(projectOwners).values({ projectId: meeting, userId: former.id }).run();
    expect(() => step(actorOf(db, former.username), 'approve')).toThrow('不能审核自己负责的项目，请由本部门其他领导审核');
    expect(getRoundProject(db, small.leader, roundId, meeting)).toMatchObject({ state: 'submitted', rights: { approve: true, return: true } });
  });

  it('returns with a comment the owner sees, takes the resubmission, approves', () => {
    const returned = step(small.leader, 'return', { comment: '满意度请附调查问卷' });
    expect(returned).toMatchObject({ state: 'returned', comment: '满意度请附调查问卷' });
    expect(getRoundProject(db, small.owner, roundId, meeting)).toMatchObject({ state: 'returned', comment: '满意度请附调查问卷', rights: { submit: true } });
    saveEntry(db, small.owner, indicatorOf(db, '会议项目', '参会满意度').id, '2022-07', { value: 96, note: '问卷 120 份' });
    step(small.owner, 'submit');
    const approved = step(small.leader, 'approve', { comment: '' });
    expect(approved.state).toBe('approved');
    expect(approved.events.map((e) => [e.kind, e.comment])).toEqual([['submit', ''], ['return', '满意度请附调查问卷'], ['submit', ''], ['approve', '']]);
    expect(roundAudit()).toEqual(['round.open', 'round.submit', 'round.return', 'round.submit', 'round.approve']);
    expect(listRounds(db, small.leader, 2022)[0]!.counts).toEqual({ pending: 2, submitted: 0, approved: 1, returned: 0 });
  });

  it('locks July and earlier (entries, 执行数, targets) but not August, nor the other projects', () => {
    const meetings = indicatorOf(db, '会议项目', '召开会议');
    expect(() => saveEntry(db, small.owner, meetings.id, '2022-07', { value: 8 })).toThrow(LockedError);
    expect(() => saveEntry(db, small.owner, meetings.id, '2022-03', { value: 1 })).toThrow('2022年7月及以前的数据已审核通过并锁定，不能修改填报；如需修改，请系统管理员重新打开本轮次');
    expect(() => saveExecution(db, small.owner, meeting, '2022-07', { amount: 60 })).toThrow('不能修改执行数');
    expect(() => proposeTargetChange(db, small.owner, meetings.id, proposal(meetings, { value: 10 }))).toThrow(LockedError);
    expect(saveEntry(db, small.owner, meetings.id, '2022-08', { value: 1 }).period).toBe('2022-08');
    expect(saveEntry(db, small.owner, indicatorOf(db, '培训项目', '培训人次').id, '2022-07', { value: 60 }).period).toBe('2022-07');
  });

  it('reopens for the administrator only, with a reason, back to 已退回 and unlocked', () => {
    expect(() => step(small.leader, 'reopen', { reason: '更正' })).toThrow(ForbiddenError);
    expect(() => step(admin(), 'reopen', {})).toThrow(ValidationError);
    const view = step(admin(), 'reopen', { reason: '7月会议数统计有误，需更正' });
    expect(view).toMatchObject({ state: 'returned', comment: '7月会议数统计有误，需更正' });
    expect(view.events.at(-1)).toMatchObject({ kind: 'reopen', comment: '7月会议数统计有误，需更正', userName: '系统管理员' });
    expect(saveEntry(db, small.owner, indicatorOf(db, '会议项目', '召开会议').id, '2022-07', { value: 8 }).value).toBe(8);
    expect(roundAudit().at(-1)).toBe('round.reopen');
  });

  it('refuses every step once the round is closed, and closing twice', () => {
    expect(() => closeRound(db, small.leader, roundId)).toThrow(ForbiddenError);
    expect(closeRound(db, admin(), roundId).status).toBe('closed');
    expect(() => closeRound(db, admin(), roundId)).toThrow('该监控轮次已关闭');
    const events = rows(roundEvents);
    expect(() => step(small.owner, 'submit')).toThrow('的监控轮次已关闭，不能再送审、审核或重新打开');
    expect(() => step(small.owner, 'submit', {}, training)).toThrow(ConflictError);
    expect(rows(roundEvents)).toBe(events);
    expect(getRoundProject(db, small.owner, roundId, meeting).rights.submit).toBe(false);
  });
});
