import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { openDb } from '../db/client';
import { importSmallDepartment } from '../test/support/small-department';
import { indicatorCard, openEntryPanel, storageStateOf } from './fixtures';
import { E2E_DATABASE } from './test-env';

// The 财政 reviewer (`caizheng`) reads every department and writes nothing. The spec's own department (总览测试局,
// test/support/small-department.ts: 会议项目 and two more) stands beside the demo one.
test.use({ storageState: storageStateOf('caizheng') });

test.beforeAll(() => {
  const db = openDb(E2E_DATABASE);
  importSmallDepartment(db);
  db.$client.close();
});

test('the 财政 reviewer reads every department, one department’s 总览 and a project, and can save nothing', async ({ page }) => {
  const db = new Database(E2E_DATABASE, { readonly: true, fileMustExist: true });
  const names = db
    .prepare('select d.name from budget_years b join departments d on d.id = b.department_id where b.year = 2022 order by d.name')
    .pluck()
    .all() as string[];
  const meeting = db
    .prepare("select i.id as indicatorId, p.id as projectId from indicators i join projects p on p.id = i.project_id where p.name = '会议项目' and i.name = '召开会议'")
    .get() as { indicatorId: number; projectId: number };
  const saved = () => db.prepare('select (select count(*) from entries) + (select count(*) from budget_executions)').pluck().get();
  const savedBefore = saved();
  expect(names).toContain('总览测试局');
  expect(names.length).toBeGreaterThanOrEqual(2);

  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const label of ['总览', '项目', '各部门', '自评汇总']) await expect(nav.getByRole('link', { name: label, exact: true }).first()).toBeAttached();
  for (const label of ['我的填报', '目标调整', '导入', '用户与权限', '设置', '审计日志']) await expect(nav.getByRole('link', { name: label })).toHaveCount(0);

  await page.goto('/departments?year=2022&asOf=2022-12');
  await expect(page.getByRole('heading', { name: '各部门总览' })).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(names.length);
  for (const name of names) await expect(page.locator('tbody tr').getByRole('link', { name, exact: true })).toBeVisible();

  await page.getByRole('link', { name: '总览测试局的自评汇总' }).click();
  await expect(page.getByRole('heading', { name: '自评汇总' })).toBeVisible();
  await expect(page.getByText('总览测试局 · 2022年度 · 共 3 个项目')).toBeVisible();

  await page.goto('/departments?year=2022&asOf=2022-12');
  await page.getByRole('link', { name: '总览测试局', exact: true }).click();
  await expect(page.getByRole('heading', { name: '总览' })).toBeVisible();
  await expect(page).toHaveURL(/dept=\d+/);
  await expect(page.getByTestId('overview-projects')).toHaveText('3');

  await page.goto(`/projects/${meeting.projectId}`);
  await expect(page.getByRole('heading', { name: '会议项目' })).toBeVisible();
  const card = indicatorCard(page, '召开会议');
  await openEntryPanel(card);
  await expect(card.getByText(/尚无填报记录|填报历史/).first()).toBeVisible();
  await expect(page.getByRole('main').locator('form')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('button', { name: /保存|替换|申请|设定|提交/ })).toHaveCount(0);

  const headers = { Origin: new URL(page.url()).origin };
  const entry = await page.request.put(`/api/v1/indicators/${meeting.indicatorId}/entries/2022-04`, { data: { value: 1 }, headers });
  expect(entry.status()).toBe(403);
  const execution = await page.request.put(`/api/v1/projects/${meeting.projectId}/executions/2022-04`, { data: { amount: 10 }, headers });
  expect(execution.status()).toBe(403);
  expect(saved()).toBe(savedBefore);
  db.close();
});
