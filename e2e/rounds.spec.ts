import { expect, test, type Browser, type Page } from '@playwright/test';
import { openDb } from '../db/client';
import { importSmallDepartment, SMALL_PASSWORD } from '../test/support/small-department';
import { indicatorCard, loginAs, openEntryPanel, storageStateOf } from './fixtures';
import { E2E_DATABASE, E2E_PORT } from './test-env';

/**
 * The July round (held in August on 1–7月) of the small department (test/support/small-department.ts), on its 培训项目
 * (one indicator, 培训人次 100人次; 总计 50 万元), which no other spec writes.
 */
const BASE = `http://127.0.0.1:${E2E_PORT}`;
const PROJECT = '培训项目';
let departmentId = 0;
let projectId = 0;
let indicatorId = 0;

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  const db = openDb(E2E_DATABASE);
  departmentId = importSmallDepartment(db).departmentId;
  projectId = Number(db.$client.prepare('select id from projects where name = ?').pluck().get(PROJECT));
  indicatorId = Number(db.$client.prepare('select id from indicators where project_id = ?').pluck().get(projectId));
  db.$client.close();
});

async function signedIn(browser: Browser, who: 'admin' | 'small-owner' | 'small-leader'): Promise<Page> {
  if (who === 'admin') return (await browser.newContext({ storageState: storageStateOf('admin') })).newPage();
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, who, SMALL_PASSWORD);
  return page;
}

const roundPanel = (page: Page) => page.getByTestId('round-panel');

async function saveJuly(page: Page, value: string) {
  const card = indicatorCard(page, '培训人次');
  await openEntryPanel(card);
  await card.getByLabel('填报月份').selectOption('2022-07');
  await card.getByLabel(/本月完成/).fill(value);
  await card.getByRole('button', { name: /^(保存|替换)2022年7月的填报$/ }).click();
  await expect(card.getByRole('status')).toHaveText('已保存2022年7月的填报');
}

test('a project through the July round: refused until complete, returned, resubmitted, approved, locked, reopened', async ({ browser }) => {
  test.setTimeout(120_000);
  const [admin, owner, leader] = [await signedIn(browser, 'admin'), await signedIn(browser, 'small-owner'), await signedIn(browser, 'small-leader')];
  owner.on('dialog', (dialog) => void dialog.accept());

  // The administrator opens the official July round of 总览测试局 2022.
  await admin.goto('/admin/rounds?year=2022');
  const form = admin.getByRole('form', { name: '开启监控轮次' });
  await form.getByLabel('部门年度').selectOption(`${departmentId}:2022`);
  await form.getByLabel(/监控月份/).fill('2022-07');
  await form.getByLabel('送审截止日期').fill('2022-08-15');
  await form.getByRole('button', { name: '开启轮次' }).click();
  await expect(form.getByRole('status')).toHaveText('已开启 总览测试局 2022年7月的监控轮次，截止 2022-08-15');
  await expect(admin.getByRole('listitem', { name: '总览测试局 2022年7月监控' })).toContainText('未填报 3 · 已送审 0 · 已通过 0 · 已退回 0');

  // 总览 shows the round with its deadline and counts.
  await leader.goto('/?year=2022');
  const banner = leader.getByRole('region', { name: '本期监控轮次' });
  await expect(banner).toContainText('2022年7月监控（正式）');
  await expect(banner).toContainText('截止 2022-08-15');
  await expect(banner.locator('[data-round-count="pending"]')).toHaveText('未填报 3');

  // The owner's submission is refused, listing what is missing.
  await owner.goto(`/projects/${projectId}`);
  await expect(roundPanel(owner).locator('[data-round-state]')).toHaveText('未填报');
  await roundPanel(owner).getByRole('button', { name: '送审' }).click();
  const refusal = roundPanel(owner).getByRole('alert', { name: '尚不能送审' });
  await expect(refusal.getByRole('listitem')).toHaveText(['「培训人次」缺少2022年7月的填报', '缺少2022年7月的累计执行数']);

  // Filled in (60 of 100 by July is on schedule), it is accepted.
  await saveJuly(owner, '60');
  const execution = owner.getByRole('form', { name: '填报预算执行' });
  await execution.getByLabel('执行月份').selectOption('2022-07');
  await execution.getByLabel('截至该月累计执行数（万元）').fill('30');
  await execution.getByRole('button', { name: /2022年7月的执行数/ }).click();
  await expect(execution.getByRole('status')).toContainText('已保存');
  await owner.reload();
  await roundPanel(owner).getByRole('button', { name: '送审' }).click();
  await expect(roundPanel(owner).getByTestId('round-state-note')).toHaveText('已送审，等待部门领导审核。');
  await expect(roundPanel(owner).locator('[data-round-state]')).toHaveText('已送审');

  // The leader finds it in 待办 (待审核) and returns it with a comment.
  await leader.goto('/todos');
  await expect(leader.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: /待办/ }).first()).toContainText('1');
  await leader.getByRole('link', { name: `去审核 ${PROJECT}` }).first().click();
  await expect(leader.getByRole('heading', { name: `审核：${PROJECT}` })).toBeVisible();
  const figures = leader.getByRole('table', { name: '2022年7月各指标' });
  await expect(figures.getByRole('row', { name: /培训人次/ })).toContainText('60 人次60 人次 / 58.33 人次');
  await expect(figures.locator('[data-light]')).toHaveAttribute('data-light', 'green');
  await leader.getByLabel(/审核意见/).fill('请附培训签到表，并核对人次');
  await leader.getByRole('button', { name: '退回' }).click();
  await expect(leader.getByTestId('round-state-note')).toHaveText('已退回负责人修改，修改后再次送审。');
  await expect(leader.getByText('意见：请附培训签到表，并核对人次')).toBeVisible();

  // The owner sees the comment, fixes July and resubmits.
  await owner.reload();
  await expect(roundPanel(owner).getByLabel('审核意见')).toHaveText('退回意见：请附培训签到表，并核对人次');
  await saveJuly(owner, '62');
  await owner.reload();
  await roundPanel(owner).getByRole('button', { name: '送审' }).click();
  await expect(roundPanel(owner).locator('[data-round-state]')).toHaveText('已送审');

  // The leader approves.
  await leader.goto(`/reviews`);
  await leader.getByRole('link', { name: PROJECT }).click();
  await leader.getByRole('button', { name: '通过' }).click();
  await expect(leader.getByRole('form', { name: '审核' })).toHaveCount(0);
  await expect(leader.getByTestId('round-state-note')).toHaveText('已审核通过：2022年7月及以前的填报、执行数和目标已锁定。');
  await leader.goto('/?year=2022');
  await expect(banner.locator('[data-round-count="approved"]')).toHaveText('已通过 1');

  // July can no longer change: the form says why, the API answers 423.
  await owner.reload();
  await expect(roundPanel(owner).locator('[data-round-state]')).toHaveText('已通过');
  const card = indicatorCard(owner, '培训人次');
  await openEntryPanel(card);
  await card.getByLabel('填报月份').selectOption('2022-07');
  await expect(card.getByText('2022年7月及以前的数据已审核通过并锁定，不能修改填报；如需修改，请系统管理员重新打开本轮次')).toBeVisible();
  await expect(card.getByRole('button', { name: '替换2022年7月的填报' })).toBeDisabled();
  const put = await owner.request.put(`/api/v1/indicators/${indicatorId}/entries/2022-07`, { headers: { Origin: BASE }, data: { value: 70 } });
  expect(put.status()).toBe(423);
  expect((await put.json()).error).toBe('2022年7月及以前的数据已审核通过并锁定，不能修改填报；如需修改，请系统管理员重新打开本轮次');
  const spent = await owner.request.put(`/api/v1/projects/${projectId}/executions/2022-06`, { headers: { Origin: BASE }, data: { amount: 20 } });
  expect(spent.status()).toBe(423);
  await expect(roundPanel(owner).getByRole('list', { name: '流转记录' }).getByRole('listitem')).toHaveCount(4);

  // The administrator reopens it with a reason: 已退回, July editable again.
  await admin.goto(`/projects/${projectId}`);
  await roundPanel(admin).getByLabel(/重新打开的理由/).fill('培训人次统计口径调整，需更正');
  await roundPanel(admin).getByRole('button', { name: '重新打开' }).click();
  await expect(roundPanel(admin).locator('[data-round-state]')).toHaveText('已退回');
  await owner.reload();
  await expect(roundPanel(owner).locator('[data-round-state]')).toHaveText('已退回');
  await expect(roundPanel(owner).getByRole('list', { name: '流转记录' }).getByRole('listitem').first()).toContainText('重新打开');
  await expect(roundPanel(owner).getByRole('list', { name: '流转记录' }).getByRole('listitem').first()).toContainText('培训人次统计口径调整，需更正');
  await saveJuly(owner, '63');
});

test('the round API refuses bad input with a Chinese message and changes nothing', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin');
  const leader = await signedIn(browser, 'small-leader');
  const headers = { Origin: BASE };
  const listed = async () => (await (await admin.request.get('/api/v1/rounds?year=2022')).json()).rounds.filter((r: { departmentId: number }) => r.departmentId === departmentId);
  const before = await listed();
  const round = before.find((r: { period: string }) => r.period === '2022-07');
  const body = { year: 2022, departmentId, period: '2022-07', deadline: '2022-08-15', official: true };

  const duplicate = await admin.request.post('/api/v1/rounds', { headers, data: body });
  expect(duplicate.status()).toBe(409);
  expect((await duplicate.json()).error).toBe('该部门 2022年7月的监控轮次已开启过，不能重复开启');
  const month = await admin.request.post('/api/v1/rounds', { headers, data: { ...body, period: '2022-13' } });
  expect(month.status()).toBe(400);
  expect((await month.json()).error).toBe('监控月份应为 YYYY-MM（如 2022-07），收到“2022-13”');
  expect((await admin.request.post('/api/v1/rounds', { headers, data: { ...body, period: '2023-07' } })).status()).toBe(400);
  const day = await admin.request.post('/api/v1/rounds', { headers, data: { ...body, period: '2022-10', deadline: '2022-11-31' } });
  expect(day.status()).toBe(400);
  expect((await day.json()).error).toBe('截止日期应为有效日期 YYYY-MM-DD（如 2022-08-15），收到“2022-11-31”');
  expect(await listed()).toEqual(before);

  const step = (page: Page, name: string, data?: unknown) => page.request.post(`/api/v1/rounds/${round.id}/projects/${projectId}/${name}`, { headers, ...(data !== undefined && { data }) });
  const notMine = await (await browser.newContext({ storageState: storageStateOf('owner') })).newPage();
  const foreign = await step(notMine, 'submit');
  expect(foreign.status()).toBe(403);
  const noComment = await step(leader, 'return', { comment: '' });
  expect(noComment.status()).toBe(400);
  expect((await noComment.json()).error).toBe('退回时请填写审核意见');
  const notSubmitted = await step(leader, 'approve', {});
  expect(notSubmitted.status()).toBe(409);
  expect((await notSubmitted.json()).error).toBe('该项目本轮为“已退回”，不能审核通过（须为已送审）');

  const state = await (await leader.request.get(`/api/v1/rounds/${round.id}/projects/${projectId}`)).json();
  expect(state).toMatchObject({ state: 'returned', comment: '培训人次统计口径调整，需更正', period: '2022-07', deadline: '2022-08-15' });
  expect(state.history.map((h: { kind: string }) => h.kind)).toEqual(['submit', 'return', 'submit', 'approve', 'reopen']);

  expect((await admin.request.post(`/api/v1/rounds/${round.id}/close`, { headers })).status()).toBe(200);
  const closed = await (await signedIn(browser, 'small-owner')).request.post(`/api/v1/rounds/${round.id}/projects/${projectId}/submit`, { headers });
  expect(closed.status()).toBe(409);
  expect((await closed.json()).error).toBe('总览测试局 2022年7月的监控轮次已关闭，不能再送审、审核或重新打开');
});
