import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { saveEntry } from '../entries/save-entry';
import { saveExecution } from '../executions/save-execution';
import { listInbox } from '../inbox/list-inbox';
import { resolveScope } from '../scope/resolve-scope';
import { createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { importSmallDepartment } from '@/test/support/small-department';
import { getOverview } from './get-overview';

/**
 * The small department (test/support/small-department.ts) as of 2022-06 (序时进度 0.5), with these entries:
 * 召开会议 12次: 1 a month Jan–Jun (6 of 6 expected: green, reported); 参会满意度 ≥90%: 95 in May (green, not reported
 * in June); 宣传报道篇数 24篇: 3 in March and 3 in June (6 of 12: red, reported); 宣传效果 有所提升: 部分达成 in June
 * (yellow, reported); 用户投诉次数 0次: 1 in April (red, not reported, stale); 培训人次: nothing (未填报).
 * 执行数: 会议项目 40 in June, 宣传项目 50 in May; 培训项目 none.
 */
let db: Db;
let cleanup: () => void;
let small: ReturnType<typeof importSmallDepartment>;
const why = { reasons: ['其他'], explanation: '测试', possibility: '有可能' };

beforeAll(() => {
  ({ db, cleanup } = createDemoDb());
  small = importSmallDepartment(db);
  const id = (project: string, name: string) => indicatorOf(db, project, name).id;
  for (const month of ['01', '02', '03', '04', '05', '06']) saveEntry(db, small.owner, id('会议项目', '召开会议'), `2022-${month}`, { value: 1 });
  saveEntry(db, small.owner, id('会议项目', '参会满意度'), '2022-05', { value: 95 });
  saveEntry(db, small.owner, id('宣传项目', '宣传报道篇数'), '2022-03', { value: 3, ...why });
  saveEntry(db, small.owner, id('宣传项目', '宣传报道篇数'), '2022-06', { value: 3, ...why });
  saveEntry(db, small.owner, id('宣传项目', '宣传效果'), '2022-06', { status: '部分达成', ...why });
  saveEntry(db, small.owner, id('宣传项目', '用户投诉次数'), '2022-04', { value: 1, ...why });
  saveExecution(db, small.owner, indicatorOf(db, '会议项目', '召开会议').projectId, '2022-06', { amount: 40 });
  saveExecution(db, small.owner, indicatorOf(db, '宣传项目', '宣传效果').projectId, '2022-05', { amount: 50 });
});
afterAll(() => cleanup());

const overview = () => getOverview(db, small.leader, resolveScope(db, small.leader, { asOf: '2022-06' })!);
const lights = (counts: Partial<Record<string, number>>) => ({ red: 0, yellow: 0, green: 0, blue: 0, gray: 0, ...counts });

describe('the overview of the small department as of June', () => {
  it('counts projects and indicators by light, and reported, unreported and stale for June', () => {
    expect(overview()).toMatchObject({
      projectCount: 3,
      indicatorCount: 6,
      projectsByLight: lights({ green: 1, red: 1, gray: 1 }),
      indicatorsByLight: lights({ green: 2, red: 2, yellow: 1, gray: 1 }),
      reportedIndicatorCount: 3,
      unreportedIndicatorCount: 3,
      staleIndicatorCount: 1,
    });
  });

  it('adds up the budget and its execution, month by month against 序时进度', () => {
    const o = overview();
    expect(o).toMatchObject({ budgetTotal: 350, executedTotal: 90, budgetLight: 'red', timeElapsed: 0.5 });
    expect(o.executionRate).toBeCloseTo(90 / 350, 12);
    expect(o.executionByMonth.map((m) => m.period)).toEqual(['2022-01', '2022-02', '2022-03', '2022-04', '2022-05', '2022-06']);
    expect(o.executionByMonth.map((m) => m.rate)).toEqual([null, null, null, null, 50 / 350, 90 / 350]);
    expect(o.executionByMonth.map((m) => m.expected)).toEqual([1, 2, 3, 4, 5, 6].map((m) => m / 12));
  });

  it('breaks the indicators down by 一级指标', () => {
    expect(overview().byCategory).toEqual([
      { category: '产出指标', total: 3, byLight: lights({ green: 1, red: 1, gray: 1 }) },
      { category: '效益指标', total: 2, byLight: lights({ yellow: 1, red: 1 }) },
      { category: '满意度指标', total: 1, byLight: lights({ green: 1 }) },
      { category: '成本指标', total: 0, byLight: lights({}) },
    ]);
  });

  it('lists every project behind, each with its lagging indicators (red first, furthest behind first)', () => {
    const { attention } = overview();
    expect(attention.totals).toEqual({ redProjects: 1, yellowProjects: 0, budgetBehindProjects: 1, redIndicators: 2, yellowIndicators: 1 });
    expect(attention.projects.map((p) => [p.name, p.light, p.budgetLight, p.redCount, p.yellowCount])).toEqual([['宣传项目', 'red', 'red', 2, 1]]);
    expect(attention.projects[0]!.indicators.map((i) => [i.name, i.light, i.ratio, i.reasons])).toEqual([
      ['用户投诉次数', 'red', null, ['其他']],
      ['宣传报道篇数', 'red', 0.5, ['其他']],
      ['宣传效果', 'yellow', null, ['其他']],
    ]);
  });

  it('is what 我的填报 lists for the same month: the three indicators not reported in June, red first', () => {
    const inbox = listInbox(db, small.owner, resolveScope(db, small.owner, { asOf: '2022-06' })!);
    expect(inbox.period).toBe('2022-06');
    expect(inbox.items.map((i) => [i.indicatorName, i.light, i.latestPeriod])).toEqual([
      ['用户投诉次数', 'red', '2022-04'],
      ['培训人次', 'gray', null],
      ['参会满意度', 'green', '2022-05'],
    ]);
    expect(inbox.items).toHaveLength(overview().unreportedIndicatorCount);
  });
});
