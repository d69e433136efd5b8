import Database from 'better-sqlite3';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { indicatorCard, storageStateOf, type DemoUser } from './fixtures';
import { E2E_DATABASE } from './test-env';
import { bearer, createToken } from './tokens';

/**
 * 目标调整: an owner proposes a lower target; the light keeps following the approved one until the administrator
 * approves; the leader sees what is pending. Uses project 2022年购买… (owner's), untouched by the other specs.
 */
const PROJECT = '2022年购买地方金融风险监测防控和辅助监管服务';
const REPORTS = '各类报告数量'; // 年度指标值：356份
let projectId = 0;
let indicatorId = 0;

test.beforeAll(async ({ request }) => {
  const owner = bearer(createToken('owner').secret);
  const { projects } = await (await request.get('/api/v1/projects?year=2022', { headers: owner })).json();
  projectId = projects.find((p: { name: string }) => p.name === PROJECT).id;
  const project = await (await request.get(`/api/v1/projects/${projectId}?asOf=2022-06`, { headers: owner })).json();
  indicatorId = project.indicators.find((i: { name: string }) => i.name === REPORTS).id;
  // 120 of 356 by June: v = 120 / 178 ≈ 0.67, yellow; against 229 it would be 120 / 114.5, green.
  const entry = { value: 120, reasons: ['人员保障'], explanation: '上半年人员调整', possibility: '有可能' };
  expect((await request.put(`/api/v1/indicators/${indicatorId}/entries/2022-06`, { headers: owner, data: entry })).status()).toBe(200);
});

/** Pending changes in the department of `projectId` now (other specs may have proposed some of their own). */
function pendingInDepartment(): number {
  const db = new Database(E2E_DATABASE, { readonly: true, fileMustExist: true });
  try {
    const sql = `select count(*) from target_changes c join indicators i on i.id = c.indicator_id join projects p on p.id = i.project_id
      join budget_years y on y.id = p.budget_year_id
      where c.status = 'pending' and y.department_id = (select y2.department_id from projects p2 join budget_years y2 on y2.id = p2.budget_year_id where p2.id = ?)`;
    return Number(db.prepare(sql).pluck().get(projectId));
  } finally {
    db.close();
  }
}

async function projectPageAs(browser: Browser, user: DemoUser): Promise<Page> {
  const page = await (await browser.newContext({ storageState: storageStateOf(user) })).newPage();
  await page.goto(`/projects/${projectId}?asOf=2022-06`);
  return page;
}

test('a lower target counts only once the administrator approves it; the leader sees it pending meanwhile', async ({ browser, request }) => {
  const owner = await projectPageAs(browser, 'owner');
  const card = indicatorCard(owner, REPORTS);
  await expect(card.locator('[data-light]').first()).toHaveAttribute('data-light', 'yellow');
  await card.locator('summary', { hasText: '申请调整目标' }).click();
  const form = card.getByRole('form', { name: '申请调整目标' });
  await form.getByLabel('目标值').fill('229');
  await form.getByLabel(/调整理由/).fill('下半年监测范围调整，报告需求减少');
  await form.getByRole('button', { name: '提交申请' }).click();
  // The proposal replaces the form with the pending change, which says the current target still counts.
  await expect(card.getByRole('region', { name: '目标调整待审批' })).toContainText('229 份');
  await owner.reload();
  await expect(card.getByRole('region', { name: '目标调整待审批' })).toContainText('灯号按此计算');
  await expect(card.locator('[data-light]').first()).toHaveAttribute('data-light', 'yellow');
  await expect(card.getByRole('form', { name: '申请调整目标' })).toHaveCount(0);

  const leader = await projectPageAs(browser, 'leader');
  await expect(leader.getByText('1 项目标调整待审批')).toBeVisible();
  const pending = indicatorCard(leader, REPORTS).getByRole('region', { name: '目标调整待审批' });
  await expect(pending).toContainText('356 份 · 累计');
  await expect(pending).toContainText('229 份 · 累计');
  await expect(pending).toContainText('下半年监测范围调整，报告需求减少');
  await expect(pending).toContainText('项目负责人');
  await expect(pending.getByRole('button', { name: '批准' })).toHaveCount(0);
  // The badge counts the department's pending changes: this one and any another spec left waiting.
  const waiting = pendingInDepartment();
  expect(waiting).toBeGreaterThanOrEqual(1);
  await expect(leader.getByRole('navigation').getByRole('link', { name: /目标调整/ }).getByLabel(`${waiting} 项待审批`)).toHaveText(String(waiting));
  const api = await (await request.get(`/api/v1/projects/${projectId}?asOf=2022-06`, { headers: bearer(createToken('leader').secret) })).json();
  const json = api.indicators.find((i: { id: number }) => i.id === indicatorId);
  expect(json).toMatchObject({ target: { value: 356 }, light: 'yellow', plannedPeriod: null, pendingTargetChange: { status: 'pending', proposedBy: 'owner', proposed: { value: 229 } } });

  const admin = await (await browser.newContext({ storageState: storageStateOf('admin') })).newPage();
  await admin.goto('/target-changes');
  const item = admin.getByRole('article', { name: `${PROJECT} / ${REPORTS}` });
  await item.getByLabel(/审批意见/).fill('同意，按调整后的监测范围执行');
  await item.getByRole('button', { name: '批准' }).click();
  await expect(admin.getByRole('region', { name: '最近处理' })).toContainText('同意，按调整后的监测范围执行');
  await expect(item).toHaveCount(0);

  await leader.reload();
  const approved = indicatorCard(leader, REPORTS);
  await expect(approved.locator('[data-light]').first()).toHaveAttribute('data-light', 'green');
  await expect(approved.getByText('已调整为 229 份')).toBeVisible();
  await expect(approved.getByRole('region', { name: '目标调整待审批' })).toHaveCount(0);
  await approved.locator('summary', { hasText: '目标调整记录（1）' }).click();
  const history = approved.getByRole('list', { name: '目标调整记录' });
  await expect(history).toContainText('目标表原文（导入）：「356份」');
  await expect(history).toContainText('已批准');
  await expect(history).toContainText('356 份 · 累计 → 229 份 · 累计');
  await expect(history).toContainText('意见：同意，按调整后的监测范围执行');
});
