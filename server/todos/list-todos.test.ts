import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { projects } from '@/db/schema';
import { actorOf, createDemoDb } from '@/test/support/demo-db';
import { openRoundDirectly, setRoundStateDirectly } from '@/test/support/rounds';
import { importSmallDepartment } from '@/test/support/small-department';
import { getTodos, listTodosOf } from './list-todos';

const { db, cleanup } = createDemoDb();
afterAll(cleanup);
const small = importSmallDepartment(db);
const idOf = (name: string) => db.select().from(projects).where(eq(projects.name, name)).get()!.id;
const [meeting, publicity, training] = ['会议项目', '宣传项目', '培训项目'].map(idOf) as [number, number, number];

const july = openRoundDirectly(db, { departmentId: small.departmentId, year: 2022, period: '2022-07', deadline: '2022-08-15', official: true });
const june = openRoundDirectly(db, { departmentId: small.departmentId, year: 2022, period: '2022-06', deadline: '2022-08-05' });
openRoundDirectly(db, { departmentId: small.departmentId, year: 2022, period: '2022-05', deadline: '2022-06-05', status: 'closed' });
setRoundStateDirectly(db, july, publicity, 'submitted');
setRoundStateDirectly(db, july, training, 'returned', '请补充佐证材料');
for (const project of [meeting, publicity, training]) setRoundStateDirectly(db, june, project, project === meeting ? 'pending' : 'approved');

// 2022-08-10 16:30 UTC is already 11 August in Beijing: 4 days to the 15th, 6 days past the 5th.
const NOW = new Date('2022-08-10T16:30:00Z');

describe('listTodosOf', () => {
  it('gives the owner what is not yet submitted in open rounds, overdue first, in Beijing days', () => {
    const todos = listTodosOf(db, small.owner, NOW);
    expect(todos.map(({ kind, roundId, projectId, deadline, daysLeft, overdue }) => ({ kind, roundId, projectId, deadline, daysLeft, overdue }))).toEqual([
      { kind: 'fill', roundId: june, projectId: meeting, deadline: '2022-08-05', daysLeft: -6, overdue: true },
      { kind: 'fill', roundId: july, projectId: meeting, deadline: '2022-08-15', daysLeft: 4, overdue: false },
      { kind: 'returned', roundId: july, projectId: training, deadline: '2022-08-15', daysLeft: 4, overdue: false },
    ]);
    expect(todos[2]).toMatchObject({ projectName: '培训项目', period: '2022-07', official: true, comment: '请补充佐证材料', remindedAt: null });
  });

  it('gives the leader the submitted projects of the department', () => {
    const todos = listTodosOf(db, small.leader, NOW);
    expect(todos.map((t) => [t.kind, t.roundId, t.projectId, t.daysLeft])).toEqual([['review', july, publicity, 4]]);
  });

  it('gives nothing to people of other departments, administrators and auditors', () => {
    for (const username of ['owner', 'leader', 'admin', 'auditor']) expect(listTodosOf(db, actorOf(db, username), NOW), username).toEqual([]);
  });

  it('refuses the auditor through the API, as every monitoring route does', () => {
    expect(() => getTodos(db, actorOf(db, 'auditor'))).toThrow(expect.objectContaining({ status: 403 }));
    expect(getTodos(db, actorOf(db, 'admin'))).toEqual([]);
  });
});
