import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { openDb } from '../db/client';
import { beijingDay } from '../lib/calendar/shanghai';
import { formatDeadline } from '../lib/rounds/round-label';
import { openRoundDirectly, setRoundStateDirectly } from '../test/support/rounds';
import { loginAs } from './fixtures';
import { E2E_DATABASE } from './test-env';
import { importTodoDepartment, TODO_PASSWORD } from './todos-department';

/** Today in Beijing moved by `days`, YYYY-MM-DD. */
const beijingDayIn = (days: number) => beijingDay(new Date(Date.now() + days * 86_400_000));

/** The number in the navigation's 待办 link, 0 when it has none. */
async function navTodoCount(page: Page): Promise<number> {
  const badge = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /^待办/ }).first().locator('span');
  return (await badge.count()) === 0 ? 0 : Number(await badge.innerText());
}

async function bellCount(page: Page): Promise<number> {
  const badge = page.getByTestId('bell-count');
  return (await badge.count()) === 0 ? 0 : Number(await badge.first().innerText());
}

let ids: ReturnType<typeof importTodoDepartment>;
let july: number;
let june: number;

// This spec works in a department of its own (e2e/todos-department.ts) with two rounds it opens itself: July due in
// five days, June two days overdue.
test.beforeAll(() => {
  const db = openDb(E2E_DATABASE);
  ids = importTodoDepartment(db);
  july = openRoundDirectly(db, { departmentId: ids.departmentId, year: 2022, period: '2022-07', deadline: beijingDayIn(5), official: true });
  june = openRoundDirectly(db, { departmentId: ids.departmentId, year: 2022, period: '2022-06', deadline: beijingDayIn(-2) });
  openRoundDirectly(db, { departmentId: ids.departmentId, year: 2022, period: '2022-05', deadline: beijingDayIn(-30), status: 'closed' });
  db.$client.close();
});

test('待办 counts move: rounds opened, 催报 rings the owner’s bell, a submission waits for the leader', async ({ browser }) => {
  test.setTimeout(90_000);
  const [owner, leader] = await Promise.all([0, 1].map(async () => (await browser.newContext()).newPage())) as [Page, Page];
  await loginAs(owner, 'todo-owner', TODO_PASSWORD);
  await loginAs(leader, 'todo-leader', TODO_PASSWORD);

  // Two open rounds × two projects, all 未填报: four 待填报, June's two overdue and first.
  await owner.goto('/todos');
  expect(await navTodoCount(owner)).toBe(4);
  expect(await bellCount(owner)).toBe(0);
  const rows = owner.getByTestId('todo-table').locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('已逾期 2 天');
  await expect(rows.nth(0)).toContainText('2022年6月监控');
  await expect(rows.nth(3)).toContainText('还剩 5 天');
  await expect(rows.nth(3)).toContainText('2022年7月监控（正式）');
  const api = await (await owner.request.get('/api/v1/todos')).json();
  expect(api.map((t: { kind: string; roundId: number; projectId: number; daysLeft: number; overdue: boolean }) => [t.kind, t.roundId, t.projectId, t.daysLeft, t.overdue])).toEqual([
    ['fill', june, ids.research, -2, true],
    ['fill', june, ids.inspection, -2, true],
    ['fill', july, ids.research, 5, false],
    ['fill', july, ids.inspection, 5, false],
  ]);
  await expect(owner.getByRole('link', { name: '去填报 调研项目' }).last()).toHaveAttribute('href', `/projects/${ids.research}?asOf=2022-07`);

  // The leader reminds 调研项目 in July: the owner's bell shows one, the 待办 page shows it and marks it read.
  await leader.goto('/todos');
  expect(await navTodoCount(leader)).toBe(0);
  await leader.getByRole('button', { name: '催报 调研项目' }).last().click();
  await expect(leader.getByRole('status').filter({ hasText: '已催报 1 位项目负责人' })).toBeVisible();
  await owner.goto('/');
  expect(await bellCount(owner)).toBe(1);
  await owner.getByRole('link', { name: '催报提醒：1 条未读' }).click();
  const reminders = owner.getByRole('region', { name: '催报', exact: true }).locator('li');
  await expect(reminders).toHaveCount(1);
  await expect(reminders).toContainText('待办领导于');
  await expect(reminders).toContainText('催报「调研项目」：请在');
  await expect(owner.getByRole('link', { name: '催报提醒：没有未读' })).toBeVisible();
  await expect(rows.filter({ hasText: '2022年7月' }).filter({ hasText: '调研项目' })).toContainText('部门领导已催报');

  // 全部催报 for June reminds both projects.
  await leader.getByRole('button', { name: '全部催报 2022年6月监控' }).click();
  await expect(leader.getByRole('status').filter({ hasText: '已催报 2 个项目的 2 位负责人' })).toBeVisible();
  await owner.reload();
  await expect(reminders).toHaveCount(3);
  await expect(owner.getByRole('link', { name: '催报提醒：没有未读' })).toBeVisible();

  // 督查项目 submitted in July: one 待办 fewer for the owner, one 待审核 for the leader, leading to its review page.
  const db = openDb(E2E_DATABASE);
  setRoundStateDirectly(db, july, ids.inspection, 'submitted');
  db.$client.close();
  await owner.goto('/todos');
  expect(await navTodoCount(owner)).toBe(3);
  await leader.goto('/todos');
  expect(await navTodoCount(leader)).toBe(1);
  await expect(leader.getByRole('link', { name: '去审核 督查项目' })).toHaveAttribute('href', `/rounds/${july}/projects/${ids.inspection}`);
  await expect(leader.getByRole('button', { name: '催报 督查项目' })).toHaveCount(1); // June only

  // The round's 监控表: the July round's month in the title, each project's state in the round.
  const response = await leader.request.get(`/api/v1/exports/monitoring.xlsx?round=${july}`);
  expect(response.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  const summary = workbook.getWorksheet('轮次汇总')!;
  expect(summary.getCell('A2').value).toBe(`（2022年7月监控（正式），截止${formatDeadline(beijingDayIn(5))}）`);
  expect([4, 5].map((row) => [summary.getCell(row, 2).value, summary.getCell(row, 3).value])).toEqual([
    ['调研项目', '未填报'],
    ['督查项目', '已送审'],
  ]);
  expect((await owner.request.get(`/api/v1/exports/monitoring.xlsx?round=${july}&year=2021`)).status()).toBe(400);
});
