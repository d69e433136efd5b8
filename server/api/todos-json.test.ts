import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { projects } from '@/db/schema';
import { createDemoDb } from '@/test/support/demo-db';
import { openApiResponses } from '@/test/support/openapi-validator';
import { openRoundDirectly, setRoundStateDirectly } from '@/test/support/rounds';
import { importSmallDepartment } from '@/test/support/small-department';
import { remindProject, remindRound } from '../reminders/send-reminders';
import { listTodosOf } from '../todos/list-todos';
import { openApiDocument } from './openapi/document';

const { db, cleanup } = createDemoDb();
afterAll(cleanup);
const responses = openApiResponses(openApiDocument());

describe('the 待办 and 催报 answers, against the document', () => {
  it('match their schemas', () => {
    const small = importSmallDepartment(db);
    const round = openRoundDirectly(db, { departmentId: small.departmentId, year: 2022, period: '2022-07', deadline: '2022-08-15' });
    const training = db.select().from(projects).where(eq(projects.name, '培训项目')).get()!.id;
    setRoundStateDirectly(db, round, training, 'returned', '请补充');
    const reminded = remindProject(db, small.leader, round, training);
    expect(responses.problems('POST /api/v1/rounds/{id}/projects/{projectId}/remind 200', reminded)).toEqual([]);
    expect(responses.problems('POST /api/v1/rounds/{id}/remind 200', remindRound(db, small.leader, round))).toEqual([]);
    const todos = listTodosOf(db, small.owner);
    expect(todos).toHaveLength(3);
    expect(responses.problems('GET /api/v1/todos 200', todos)).toEqual([]);
    expect(responses.problems('GET /api/v1/todos 200', [{ ...todos[0], kind: 'later' }])).not.toEqual([]);
  });
});
