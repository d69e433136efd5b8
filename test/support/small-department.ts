/**
 * A small department of three projects, imported and owned like a real one, for exact-figure tests: every expected
 * figure of a test can be worked out by hand from the table below.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { departments, projectOwners, projects, users } from '@/db/schema';
import { parseTable } from '@/lib/target-table';
import { importTable } from '@/server/import/import-table';
import { createUser } from '@/server/users/create-user';
import { actorOf } from './demo-db';

export const SMALL_TABLE = [
  '项目支出绩效目标表',
  '部门名称：总览测试局',
  '单位：万元',
  '项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标',
  '合计\t350.00\t350.00\t\t\t\t',
  '会议项目\t100.00\t100.00\t\t\t开会\t1、产出指标：召开会议，年度指标值：12次。2、满意度指标：参会满意度，年度指标值：≥90%。',
  '宣传项目\t200.00\t200.00\t\t\t宣传\t1、产出指标：宣传报道篇数，年度指标值：24篇。2、效益指标：宣传效果，年度指标值：有所提升。3、效益指标：用户投诉次数，年度指标值：0次。',
  '培训项目\t50.00\t50.00\t\t\t培训\t1、产出指标：培训人次，年度指标值：100人次。',
].join('\n');

export const SMALL_PASSWORD = 'small-pass-2022';

/**
 * Imports the table as 2022 into a demo database, with `small-owner` owning all three projects and `small-leader`
 * leading, both ready to sign in with SMALL_PASSWORD (as if they had replaced their one-time passwords); a second
 * call finds them there.
 */
export function importSmallDepartment(db: Db) {
  const admin = actorOf(db, 'admin');
  const existing = db.select().from(departments).where(eq(departments.name, '总览测试局')).get();
  if (existing) return { departmentId: existing.id, owner: actorOf(db, 'small-owner'), leader: actorOf(db, 'small-leader') };
  const { budgetYearId } = importTable(db, admin, parseTable(SMALL_TABLE), { year: 2022 });
  const departmentId = db.select().from(departments).where(eq(departments.name, '总览测试局')).get()!.id;
  const owner = createUser(db, admin, { username: 'small-owner', displayName: '测试负责人', role: 'owner', departmentId, password: SMALL_PASSWORD });
  createUser(db, admin, { username: 'small-leader', displayName: '测试领导', role: 'leader', departmentId, password: SMALL_PASSWORD });
  db.update(users).set({ mustChangePassword: null }).where(eq(users.departmentId, departmentId)).run();
  for (const p of db.select().from(projects).where(eq(projects.budgetYearId, budgetYearId)).all()) {
    db.insert(projectOwners).values({ projectId: p.id, userId: owner.id }).run();
  }
  return { departmentId, owner: actorOf(db, 'small-owner'), leader: actorOf(db, 'small-leader') };
}
