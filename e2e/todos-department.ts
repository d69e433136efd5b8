import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { departments, projectOwners, projects, users } from '../db/schema';
import { parseTable } from '../lib/target-table';
import { importTable } from '../server/import/import-table';
import { createUser } from '../server/users/create-user';
import { actorOf } from '../test/support/demo-db';

export const TODO_PASSWORD = 'todo-pass-2022';

const TABLE = [
  '项目支出绩效目标表',
  '部门名称：待办测试局',
  '单位：万元',
  '项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标',
  '合计\t30.00\t30.00\t\t\t\t',
  '调研项目\t10.00\t10.00\t\t\t调研\t1、产出指标：调研报告，年度指标值：2篇。',
  '督查项目\t20.00\t20.00\t\t\t督查\t1、产出指标：督查次数，年度指标值：4次。',
].join('\n');

/**
 * A department of its own for the 待办 spec (2022, two projects), with `todo-owner` owning both and `todo-leader`
 * leading, ready to sign in with TODO_PASSWORD; the ids of 调研项目 and 督查项目.
 */
export function importTodoDepartment(db: Db): { departmentId: number; research: number; inspection: number } {
  const admin = actorOf(db, 'admin');
  importTable(db, admin, parseTable(TABLE), { year: 2022 });
  const departmentId = db.select().from(departments).where(eq(departments.name, '待办测试局')).get()!.id;
  const owner = createUser(db, admin, { username: 'todo-owner', displayName: '待办负责人', role: 'owner', departmentId, password: TODO_PASSWORD });
  createUser(db, admin, { username: 'todo-leader', displayName: '待办领导', role: 'leader', departmentId, password: TODO_PASSWORD });
  db.update(users).set({ mustChangePassword: null }).where(eq(users.departmentId, departmentId)).run();
  const idOf = (name: string) => db.select().from(projects).where(eq(projects.name, name)).get()!.id;
  const [research, inspection] = [idOf('调研项目'), idOf('督查项目')];
  for (const projectId of [research, inspection]) db.insert(projectOwners).values({ projectId, userId: owner.id }).run();
  return { departmentId, research, inspection };
}
