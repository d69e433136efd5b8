import ExcelJS from 'exceljs';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { storageStateOf } from './fixtures';
import { E2E_PORT } from './test-env';

const PROJECT = '优化金融生态环境工作经费';
const INDICATOR = '服务对象满意度（%）';

test.beforeAll(async () => {
  // The owner reports a red month through the API, with the deviation reasons it requires.
  const app = `http://127.0.0.1:${E2E_PORT}`;
  // A browser session's writes carry the page's Origin.
  const owner = await playwrightRequest.newContext({ baseURL: app, storageState: storageStateOf('owner'), extraHTTPHeaders: { Origin: app } });
  const project = await (await owner.get('/api/v1/projects?year=2022')).json();
  const id = project.projects.find((p: { name: string }) => p.name === PROJECT).id;
  const detail = await (await owner.get(`/api/v1/projects/${id}`)).json();
  const indicator = detail.indicators.find((i: { name: string }) => i.name === INDICATOR);
  const saved = await owner.put(`/api/v1/indicators/${indicator.id}/entries/2022-12`, {
    data: { value: 30, reasons: ['制度保障', '其他'], explanation: '满意度调查口径调整', possibility: '有可能' },
  });
  expect(saved.status()).toBe(200);
  await owner.dispose();
});

test.use({ storageState: storageStateOf('leader') });

test('the leader goes from the red count on the overview to the project and its 监控表', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '总览' })).toBeVisible();
  await page.getByRole('link', { name: /^红灯项目 \d+ 个$/ }).click();
  await expect(page).toHaveURL(/light=red/);
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: PROJECT })).toHaveCount(1);
  // Every listed project's 目标灯号 (the seventh column) is red.
  const lightCells = page.locator('tbody tr td:nth-child(7) [data-light]');
  await expect(lightCells.first()).toBeVisible();
  for (const light of await lightCells.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-light')))) expect(light).toBe('red');

  await page.getByRole('link', { name: PROJECT }).click();
  await expect(page.getByRole('heading', { level: 1, name: PROJECT })).toBeVisible();
  const started = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出监控表（Excel）' }).click();
  const file = await started;

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0];
  expect(sheet.getCell('B3').value).toBe(PROJECT);
  const rowsByName = new Map(sheet.getRows(10, sheet.rowCount - 9)!.map((row) => [String(row.getCell(3).value), row]));
  expect([...rowsByName.keys()]).toContain('编辑和出版白皮书、政策汇编、金融工作志年报');
  const red = rowsByName.get(INDICATOR)!;
  expect(red.getCell(5).value).toBe('30 %');
  const header = sheet.getRow(9);
  const reasonColumn = (name: string) => header.values && (header.values as unknown[]).indexOf(name);
  expect(red.getCell(reasonColumn('制度保障') as number).value).toBe('✓');
  expect(red.getCell(reasonColumn('经费保障') as number).value).toBeFalsy();
});
