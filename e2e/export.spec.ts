import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { indicatorCard, openEntryPanel, storageStateOf } from './fixtures';

const PROJECT = '推动资本市场发展工作经费';
const INDICATORS = ['加快发展和利用多层次资本市场', '服务保障证券期货基金等金融机构', '企业上市数量', '为企业出具上市守法证明协调函'];

test.describe.configure({ mode: 'serial' });

async function openProject(page: Page) {
  await page.goto('/projects');
  await page.getByRole('link', { name: PROJECT, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: PROJECT })).toBeVisible();
}

/** Clicks a download link and returns the file's name and path. */
async function download(page: Page, linkName: string): Promise<{ name: string; path: string }> {
  const started = page.waitForEvent('download');
  await page.getByRole('link', { name: linkName }).click();
  const file = await started;
  return { name: file.suggestedFilename(), path: await file.path() };
}

test.describe('an owner', () => {
  test.use({ storageState: storageStateOf('owner') });

  test('logs a value to be exported', async ({ page }) => {
    await openProject(page);
    // api.spec logs 企业上市数量 and the 协调函 indicator of this project; this one is left to this spec.
    const card = indicatorCard(page, '服务保障证券期货基金等金融机构');
    await openEntryPanel(card);
    await card.getByLabel('填报月份').selectOption('2022-03');
    await card.getByLabel(/本月完成/).fill('9');
    await card.getByLabel(/全年预计完成值/).fill('10');
    await card.getByRole('button', { name: /^保存.+月的填报$/ }).click();
    await expect(card.getByRole('status')).toHaveText('已保存2022年3月的填报');
  });
});

test.describe('the leader', () => {
  test.use({ storageState: storageStateOf('leader') });

  test('downloads the project 监控表 with its indicators and the logged value', async ({ page }) => {
    await openProject(page);
    const file = await download(page, '导出监控表（Excel）');
    expect(file.name).toMatch(new RegExp(`^监控表-${PROJECT}-2022-\\d\\d\\.xlsx$`));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file.path);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('项目支出绩效目标执行监控表');
    expect(sheet.getCell('B3').value).toBe(PROJECT);
    const byName = new Map(sheet.getRows(10, sheet.rowCount - 9)!.map((row) => [row.getCell(3).value, row]));
    expect([...byName.keys()]).toEqual(INDICATORS);
    const listed = byName.get('服务保障证券期货基金等金融机构')!;
    expect([listed.getCell(5).value, listed.getCell(6).value]).toEqual(['9 家', '10 家']);
  });

  test('downloads the filtered project list as CSV', async ({ page }) => {
    await page.goto('/projects?q=资本市场');
    const file = await download(page, '导出 CSV');
    expect(file.name).toMatch(/^项目列表-2022-\d\d\.csv$/);
    const text = fs.readFileSync(file.path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('序号,项目名称,总计（万元）,负责人,指标数,进度正常,目标灯号,预算执行率');
    expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(['推动资本市场发展工作经费', '2022年企业利用资本市场工作平台']);
  });
});
