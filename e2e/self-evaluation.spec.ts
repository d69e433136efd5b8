import ExcelJS from 'exceljs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { storageStateOf, type DemoUser } from './fixtures';
import { bearer, createToken } from './tokens';

/**
 * 年终自评 of 2022年业务用房物业管理费 (owner's; no other spec touches it): December entered through the API, then the
 * owner marks 行政运转 不适用, moves 主电路设备检查 to 20.00, explains every shortfall and submits; the leader returns it,
 * the owner resubmits, the leader approves and downloads the 自评表.
 */
const PROJECT = '2022年业务用房物业管理费';
const LATE = { reasons: ['其他'], explanation: '年底集中整改', possibility: '有可能' };
let projectId = 0;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  const owner = bearer(createToken('owner').secret);
  const { projects } = await (await request.get('/api/v1/projects?year=2022', { headers: owner })).json();
  projectId = projects.find((p: { name: string }) => p.name === PROJECT).id;
  const { indicators } = await (await request.get(`/api/v1/projects/${projectId}?asOf=2022-12`, { headers: owner })).json();
  const id = (name: string) => indicators.find((i: { name: string }) => i.name === name).id;
  const december: [string, object][] = [
    ['消防安全检查次数', { value: 12 }],
    ['主电路设备检查', { status: '达成' }],
    ['安全保障', { status: '达成' }],
    ['行政运转', { status: '部分达成', ...LATE }],
    ['绿化保洁工作质量达标率', { value: 98, ...LATE }],
  ];
  for (const [name, body] of december) {
    expect((await request.put(`/api/v1/indicators/${id(name)}/entries/2022-12`, { headers: owner, data: body })).status()).toBe(200);
  }
  expect((await request.put(`/api/v1/projects/${projectId}/executions/2022-12`, { headers: owner, data: { amount: 100 } })).status()).toBe(200);
});

async function pageAs(browser: Browser, user: DemoUser, width = 1366, height = 768): Promise<Page> {
  const page = await (await browser.newContext({ storageState: storageStateOf(user), viewport: { width, height } })).newPage();
  await page.goto(`/projects/${projectId}/self-evaluation`);
  return page;
}

const line = (page: Page, name: string) => page.getByRole('article').filter({ has: page.getByRole('heading', { name, exact: true }) });
const total = (page: Page) => page.getByRole('banner').or(page.locator('header')).first();

async function editLine(page: Page, name: string, fields: { notApplicable?: boolean; score?: string; reason?: string; analysis?: string }) {
  const card = line(page, name);
  await card.locator('summary', { hasText: '修改本行' }).click();
  const form = card.getByRole('form', { name: '修改自评' });
  if (fields.notApplicable) await form.getByRole('checkbox', { name: /不适用/ }).check();
  if (fields.score !== undefined) await form.getByLabel(/^得分/).fill(fields.score);
  if (fields.reason !== undefined) await form.getByLabel(/^理由/).fill(fields.reason);
  if (fields.analysis !== undefined) await form.getByLabel('偏差原因分析及改进措施').fill(fields.analysis);
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByRole('status')).toHaveText('已保存该指标的自评');
}

test('the owner evaluates, the leader returns, the owner resubmits, the leader approves and exports', async ({ browser }) => {
  // Two people, a dozen saves and a download: a long scenario.
  test.setTimeout(60_000);
  const owner = await pageAs(browser, 'owner');
  await expect(owner.getByRole('heading', { level: 1 })).toHaveText(`${PROJECT} · 年终自评`);
  await expect(total(owner)).toContainText('总分 89.56 · 等级 良');
  await expect(line(owner, '绿化保洁工作质量达标率')).toContainText('18.38');

  // A score outside the band is refused with the band named; nothing is saved.
  const circuit = line(owner, '主电路设备检查');
  await circuit.locator('summary', { hasText: '修改本行' }).click();
  const circuitForm = circuit.getByRole('form', { name: '修改自评' });
  await circuitForm.getByLabel(/^得分/).fill('12');
  await circuitForm.getByLabel(/^理由/).fill('检查全部完成');
  await circuitForm.getByRole('button', { name: '保存' }).click();
  await expect(circuitForm.getByRole('status')).toContainText('得分应在 15.00–18.75 之间');
  await owner.reload();

  await editLine(owner, '行政运转', { notApplicable: true, reason: '年度内办公场所未调整，无法评价' });
  await owner.reload();
  await editLine(owner, '主电路设备检查', { score: '20', reason: '12次检查全部完成', analysis: '个别检查记录未归档，明年按月归档' });
  await owner.reload();
  await expect(line(owner, '主电路设备检查')).toContainText('草稿 16.88 → 20.00，理由：12次检查全部完成');
  await expect(line(owner, '行政运转')).toContainText('草稿 11.81 → 不适用，理由：年度内办公场所未调整，无法评价');
  await expect(total(owner)).toContainText('总分 92.93 · 等级 优');

  // Submitting before every shortfall is explained names what is missing.
  await owner.getByRole('button', { name: '提交自评' }).click();
  await expect(owner.getByRole('form', { name: '提交自评' }).getByRole('status')).toContainText('「安全保障」得分 18.69 低于分值 20.77');
  for (const name of ['安全保障', '绿化保洁工作质量达标率']) {
    await owner.reload();
    await editLine(owner, name, { analysis: '部分巡查记录不全，明年按月归档' });
  }
  const summary = owner.getByRole('form', { name: '自评概况' });
  await summary.getByLabel('年度总体目标实际完成情况').fill('保障办公场所安全、整洁运行');
  await summary.getByLabel('预算执行偏差原因分析及改进措施').fill('年末两项维修合同未结算');
  await summary.getByRole('button', { name: '保存概况' }).click();
  await expect(summary.getByRole('status')).toHaveText('已保存');
  await owner.reload();
  // Once submitted, the page shows the evaluation as submitted: no more forms for the owner.
  await owner.getByRole('button', { name: '提交自评' }).click();
  await expect(owner.locator('[data-status]').first()).toHaveText('已提交');
  await owner.reload();
  await expect(total(owner)).toContainText('总分 92.93 · 等级 优');
  await expect(owner.getByText('修改本行')).toHaveCount(0);

  const leader = await pageAs(browser, 'leader');
  const review = leader.getByRole('form', { name: '审核自评' });
  await review.getByRole('button', { name: '退回' }).click();
  await expect(review.getByRole('status')).toHaveText('退回时请填写审核意见');
  await review.getByLabel(/审核意见/).fill('请补充消防检查记录');
  await review.getByRole('button', { name: '退回' }).click();
  await expect(leader.locator('[data-status]').first()).toHaveText('已退回');

  await owner.reload();
  await expect(owner.getByText('退回意见：请补充消防检查记录')).toBeVisible();
  await owner.getByRole('button', { name: '提交自评' }).click();
  await expect(owner.locator('[data-status]').first()).toHaveText('已提交');

  await leader.reload();
  await leader.getByRole('form', { name: '审核自评' }).getByLabel(/审核意见/).fill('同意');
  await leader.getByRole('button', { name: '审核通过' }).click();
  await expect(leader.locator('[data-status]').first()).toHaveText('已通过');
  await leader.reload();
  await expect(leader.getByText('审核意见：同意')).toBeVisible();
  await expect(leader.getByRole('list', { name: '流转记录' })).toContainText('审核通过');
  await leader.screenshot({ path: 'test-results/self-evaluation-1366.png', fullPage: true });

  const started = leader.waitForEvent('download');
  await leader.getByRole('link', { name: '导出自评表（Excel）' }).click();
  const file = await started;
  expect(file.suggestedFilename()).toBe(`自评表-${PROJECT}-2022.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getCell('B3').value).toBe(PROJECT);
  const rows = [10, 11, 12, 13, 14].map((r) => [sheet.getCell(r, 3).value, sheet.getCell(r, 6).value, sheet.getCell(r, 7).value]);
  expect(rows).toEqual([
    ['消防安全检查次数', 23.08, 23.08],
    ['主电路设备检查', 23.08, 20],
    ['安全保障', 20.77, 18.69],
    ['行政运转', 0, '不适用'],
    ['绿化保洁工作质量达标率', 23.07, 22.61],
  ]);
  expect([sheet.getCell('A15').value, sheet.getCell('F15').value, sheet.getCell('H15').value]).toEqual(['总分', 92.93, '等级：优']);

  // After approval the owner can change nothing, through the API either.
  const api = await owner.context().request.put(`/api/v1/projects/${projectId}/self-evaluation`, {
    headers: { Origin: new URL(owner.url()).origin },
    data: { goalActual: '改' },
  });
  expect(api.status()).toBe(409);
});

test('the department summary lists the project with its score, grade and status', async ({ browser }) => {
  const leader = await browser.newPage({ storageState: storageStateOf('leader') });
  await leader.goto('/self-evaluations?sort=total&dir=desc');
  await expect(leader.getByRole('heading', { level: 1 })).toHaveText('自评汇总');
  const row = leader.getByRole('row').filter({ has: leader.getByRole('link', { name: PROJECT }) });
  await expect(row).toContainText('92.93');
  await expect(row).toContainText('已通过');
  await leader.screenshot({ path: 'test-results/self-evaluation-summary-1366.png', fullPage: true });
  await leader.setViewportSize({ width: 390, height: 844 });
  await leader.screenshot({ path: 'test-results/self-evaluation-summary-390.png', fullPage: true });
  await row.getByRole('link', { name: PROJECT }).click();
  await expect(leader.getByRole('heading', { level: 1 })).toHaveText(`${PROJECT} · 年终自评`);
  await leader.screenshot({ path: 'test-results/self-evaluation-390.png', fullPage: true });

  const owner = await browser.newPage({ storageState: storageStateOf('owner') });
  await owner.goto('/self-evaluations');
  await expect(owner.getByText('无权访问')).toBeVisible();
});
