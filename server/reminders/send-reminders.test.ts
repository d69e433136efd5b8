import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { projectOwners, projects } from '@/db/schema';
import { actorOf, createDemoDb } from '@/test/support/demo-db';
import { openRoundDirectly, setRoundStateDirectly } from '@/test/support/rounds';
import { importSmallDepartment } from '@/test/support/small-department';
import { listTodosOf } from '../todos/list-todos';
import { readReminders, recentReminders, unreadReminderCount } from './reminder-inbox';
import { remindProject, remindRound } from './send-reminders';

const { db, cleanup } = createDemoDb();
afterAll(cleanup);
const small = importSmallDepartment(db);
const idOf = (name: string) => db.select().from(projects).where(eq(projects.name, name)).get()!.id;
const [meeting, publicity, training] = ['会议项目', '宣传项目', '培训项目'].map(idOf) as [number, number, number];
const round = openRoundDirectly(db, { departmentId: small.departmentId, year: 2022, period: '2022-07', deadline: '2022-08-15' });
const closed = openRoundDirectly(db, { departmentId: small.departmentId, year: 2022, period: '2022-06', deadline: '2022-07-15', status: 'closed' });
const demoProject = db.select().from(projectOwners).where(eq(projectOwners.userId, actorOf(db, 'owner').id)).get()!.projectId;
const count = (sql: string) => db.$client.prepare(sql).pluck().get() as number;
const written = () => [count('select count(*) from reminders'), count("select count(*) from round_events where kind = 'remind'"), count("select count(*) from audit_log where action = 'round.remind'")];

describe('remindProject', () => {
  it('reminds each owner of a project not yet submitted, with its 催报 step and an audit row', () => {
    const result = remindProject(db, small.leader, round, meeting);
    expect(result).toMatchObject({ roundId: round, projectId: meeting, reminded: 1 });
    expect(written()).toEqual([1, 1, 1]);
    expect(unreadReminderCount(db, small.owner)).toBe(1);
    expect(recentReminders(db, small.owner)).toMatchObject([{ roundId: round, projectId: meeting, projectName: '会议项目', period: '2022-07', sentByName: '测试领导', readAt: null }]);
    expect(listTodosOf(db, small.owner).find((t) => t.projectId === meeting)!.remindedAt).toBe(result.sentAt);
  });

  it('refuses anyone but the department’s leader, a closed round, a project outside it or already submitted; nothing written', () => {
    const before = written();
    expect(() => remindProject(db, small.owner, round, meeting)).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => remindProject(db, actorOf(db, 'leader'), round, meeting)).toThrow(expect.objectContaining({ status: 403, message: '只有本部门的部门领导可以催报' }));
    expect(() => remindProject(db, actorOf(db, 'admin'), round, meeting)).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => remindProject(db, small.leader, 999_999, meeting)).toThrow(expect.objectContaining({ status: 404, message: '监控轮次不存在' }));
    expect(() => remindProject(db, small.leader, closed, meeting)).toThrow(expect.objectContaining({ status: 409, message: '该监控轮次已关闭，不能催报' }));
    expect(() => remindProject(db, small.leader, round, demoProject)).toThrow(expect.objectContaining({ status: 404, message: '该项目不在本监控轮次中' }));
    setRoundStateDirectly(db, round, publicity, 'submitted');
    expect(() => remindProject(db, small.leader, round, publicity)).toThrow(expect.objectContaining({ status: 409, message: '该项目已送审，无需催报' }));
    setRoundStateDirectly(db, round, publicity, 'approved');
    expect(() => remindProject(db, small.leader, round, publicity)).toThrow(expect.objectContaining({ status: 409, message: '该项目已通过，无需催报' }));
    expect(written()).toEqual(before);
  });

  it('reminds a returned project again', () => {
    setRoundStateDirectly(db, round, training, 'returned', '数据有误');
    expect(remindProject(db, small.leader, round, training).reminded).toBe(1);
    expect(unreadReminderCount(db, small.owner)).toBe(2);
  });
});

describe('remindRound and reading', () => {
  it('reminds every project not yet submitted that has an owner, in one go', () => {
    // 会议项目 pending, 宣传项目 approved, 培训项目 returned: two projects, one owner each.
    const before = written();
    const result = remindRound(db, small.leader, round);
    expect(result).toMatchObject({ roundId: round, projectIds: [meeting, training], reminded: 2 });
    expect(written()).toEqual([before[0]! + 2, before[1]! + 2, before[2]! + 2]);
    expect(unreadReminderCount(db, small.owner)).toBe(4);
  });

  it('skips a project without owners, and refuses to remind it alone', () => {
    db.delete(projectOwners).where(eq(projectOwners.projectId, training)).run();
    expect(remindRound(db, small.leader, round).projectIds).toEqual([meeting]);
    expect(() => remindProject(db, small.leader, round, training)).toThrow(expect.objectContaining({ status: 409 }));
  });

  it('counts in the bell only what the 待办 page lists: reminders of open rounds', () => {
    const other = openRoundDirectly(db, { departmentId: small.departmentId, year: 2022, period: '2022-05', deadline: '2022-06-15' });
    remindProject(db, small.leader, other, meeting);
    expect(unreadReminderCount(db, small.owner)).toBe(6);
    db.$client.prepare("update monitoring_rounds set status = 'closed' where id = ?").run(other);
    expect(unreadReminderCount(db, small.owner)).toBe(5);
    expect(recentReminders(db, small.owner).map((r) => r.roundId)).not.toContain(other);
  });

  it('marks the owner’s reminders read, and only theirs', () => {
    expect(readReminders(db, small.leader)).toBe(0);
    expect(readReminders(db, small.owner)).toBe(6); // the closed round's one too
    expect(unreadReminderCount(db, small.owner)).toBe(0);
    const recent = recentReminders(db, small.owner);
    expect(recent).toHaveLength(5);
    expect(recent.filter((r) => r.readAt === null)).toEqual([]);
  });
});
