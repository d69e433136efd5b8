import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { saveEntry } from '../entries/save-entry';
import { saveExecution } from '../executions/save-execution';
import { ForbiddenError } from '../errors';
import { resolveScope } from '../scope/resolve-scope';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { importSmallDepartment } from '@/test/support/small-department';
import { getDepartmentsOverview } from './get-departments-overview';
import { getOverview } from './get-overview';

let db: Db;
let cleanup: () => void;
let small: ReturnType<typeof importSmallDepartment>;
beforeAll(() => {
  ({ db, cleanup } = createDemoDb());
  small = importSmallDepartment(db);
  const meeting = indicatorOf(db, '会议项目', '召开会议');
  for (const month of ['01', '02', '03']) saveEntry(db, small.owner, meeting.id, `2022-${month}`, { value: 1 });
  saveEntry(db, small.owner, indicatorOf(db, '宣传项目', '宣传报道篇数').id, '2022-03', { value: 1, reasons: ['其他'], explanation: '测试', possibility: '有可能' });
  saveExecution(db, small.owner, meeting.projectId, '2022-03', { amount: 20 });
});
afterAll(() => cleanup());

describe('各部门总览', () => {
  it('gives each department the figures of its own 总览 for the same month', () => {
    const admin = actorOf(db, 'admin');
    const all = getDepartmentsOverview(db, admin, { year: '2022', asOf: '2022-03' })!;
    expect(all).toMatchObject({ year: 2022, asOf: '2022-03', timeElapsed: 0.25 });
    expect(all.rows.length).toBeGreaterThanOrEqual(2);
    for (const row of all.rows) {
      const own = getOverview(db, admin, resolveScope(db, admin, { dept: String(row.departmentId), year: '2022', asOf: '2022-03' })!);
      expect(row).toMatchObject({
        projectCount: own.projectCount,
        indicatorCount: own.indicatorCount,
        projectsByLight: own.projectsByLight,
        indicatorsByLight: own.indicatorsByLight,
        reportedIndicatorCount: own.reportedIndicatorCount,
        budgetTotal: own.budgetTotal,
        executionRate: own.executionRate,
        budgetLight: own.budgetLight,
      });
    }
    const mine = all.rows.find((r) => r.departmentId === small.departmentId)!;
    expect(mine).toMatchObject({ projectCount: 3, reportedIndicatorCount: 2, reportedRate: 2 / 6, executionRate: 20 / 350 });
  });

  it('is the administrator’s alone', () => {
    expect(() => getDepartmentsOverview(db, small.leader, {})).toThrow(ForbiddenError);
    expect(() => getDepartmentsOverview(db, small.owner, {})).toThrow(ForbiddenError);
  });
});
