import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from './fixtures';

/**
 * The files a department actually has: the seed printed to PDF, a Word 批复表, and a table pasted from a web page
 * (the browser's clipboard carries its HTML). Each preview names the layout it read and where things come from.
 */
test.use({ storageState: storageStateOf('admin') });

const TABLES = 'test/fixtures/tables';
const HTML = fs.readFileSync(`${TABLES}/hubei-huangshi-dangxiao-2022.html`, 'utf8');
/** A worker reading its first PDF loads pdfjs first; on a busy machine the preview can take several seconds. */
const PREVIEWED = { timeout: 30_000 };

async function previewFile(page: Page, file: string) {
  await page.goto('/import');
  await page.getByLabel('上传文件').setInputFiles(`${TABLES}/${file}`);
  await page.getByRole('button', { name: '生成预览' }).click();
}

test('the seed table as a PDF previews as the inline table, warnings by page and line', async ({ page }) => {
  await previewFile(page, 'guangzhou-jinrong-2022.pdf');
  await expect(page.getByTestId('preview-layout')).toContainText('识别为：行内表格', PREVIEWED);
  await expect(page.getByTestId('preview-layout')).toContainText('PDF');
  await expect(page.getByTestId('preview-project-count')).toHaveText('34 个');
  await expect(page.getByTestId('preview-indicator-count')).toHaveText('167 项');
  await expect(page.getByRole('region', { name: '识别提示' })).toContainText(/第 \d+ 页第 \d+ 行/);
});

test('a Word 批复表 previews as a per-project table with its header block', async ({ page }) => {
  await previewFile(page, 'hubei-huangshi-dangxiao-2022.docx');
  await expect(page.getByTestId('preview-layout')).toContainText('识别为：逐项目表格（批复表）', PREVIEWED);
  await expect(page.getByTestId('preview-project-count')).toHaveText('1 个');
  await expect(page.getByTestId('preview-indicator-count')).toHaveText('13 项');
  const card = page.getByRole('group', { name: '项目 1 主体班', exact: true });
  await expect(card).toContainText('逐项目表格 · 始于表 1 第 1 行');
  await expect(page.getByLabel('预算年度')).toHaveValue('2022');
});

test('a table pasted from a web page is read from its HTML', async ({ page }) => {
  await page.goto('/import');
  const box = page.getByLabel('或粘贴表格内容');
  await box.evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', '项目名称 主体班');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, HTML);
  await box.fill('项目名称 主体班（粘贴的文字）');
  await expect(page.getByText('已取得粘贴的网页表格')).toBeVisible();
  await page.getByRole('button', { name: '生成预览' }).click();
  await expect(page.getByTestId('preview-layout')).toContainText('识别为：逐项目表格（批复表）', PREVIEWED);
  await expect(page.getByTestId('preview-layout')).toContainText('网页表格（HTML）');
  await expect(page.getByTestId('preview-indicator-count')).toHaveText('13 项');
});
