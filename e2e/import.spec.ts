import { expect, test, type Page } from '@playwright/test';
import { indicatorCard, storageStateOf } from './fixtures';

const SEED_FILE = 'db/seed-data/guangzhou-jinrong-2022.txt';

/** The collapsible card of the n-th project of the preview (1-based). */
function previewProject(page: Page, n: number, name: string) {
  return page.getByRole('group', { name: `项目 ${n} ${name}`, exact: true });
}

async function uploadSeed(page: Page, department: string) {
  await page.goto('/import');
  await page.getByLabel('上传文件').setInputFiles(SEED_FILE);
  await page.getByRole('button', { name: '生成预览' }).click();
  await expect(page.getByTestId('preview-project-count')).toHaveText('34 个');
  await page.getByLabel('部门名称').fill(department);
  await expect(page.getByLabel('预算年度')).toHaveValue('2022');
}

test.describe('the admin', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('imports the seed table into a new department with a corrected field', async ({ page }) => {
    await uploadSeed(page, '测试导入局');
    await expect(page.getByTestId('preview-indicator-count')).toHaveText('167 项');
    const warnings = page.getByRole('region', { name: '识别提示' });
    await expect(warnings).toContainText('第 17 行');
    await expect(warnings).toContainText('接续上一项目「金融交流合作」');

    await warnings.getByRole('button', { name: '→ 金融交流合作' }).click();
    await expect(previewProject(page, 4, '金融交流合作')).toHaveAttribute('open', '');

    const card = previewProject(page, 1, '优化营商环境工作经费');
    await card.locator('summary').click();
    const row = card.getByRole('row', { name: /参加会议人数/ });
    await expect(row.getByLabel('计量方式')).toHaveValue('cumulative');
    await row.getByLabel('计量方式').selectOption({ label: '时点' });
    await row.getByLabel('单位').fill('人');
    await expect(row).toContainText('识别为 30 人');

    await page.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByText('导入成功：测试导入局 2022 年度')).toBeVisible();
    await expect(page.getByText('新增 34 个项目、167 项指标')).toBeVisible();

    await page.getByRole('link', { name: '查看项目' }).click();
    await expect(page.getByText('测试导入局 · 2022年度 · 共 34 个项目')).toBeVisible();
    await page.getByRole('link', { name: '优化营商环境工作经费' }).click();
    const indicator = indicatorCard(page, '参加会议人数');
    await expect(indicator).toContainText('识别为 30 人');
    await expect(indicator).toContainText('时点');
  });

  test('merges a project on re-import and confirms the removal it causes', async ({ page }) => {
    await uploadSeed(page, '测试导入局二');
    await page.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByText('导入成功：测试导入局二 2022 年度')).toBeVisible();

    await uploadSeed(page, '测试导入局二');
    const fragment = previewProject(page, 5, '工作经费');
    await fragment.locator('summary').click();
    await fragment.getByRole('button', { name: '与上一项目合并' }).click();
    await expect(page.getByTestId('preview-project-count')).toHaveText('33 个');
    await expect(previewProject(page, 4, '金融交流合作').getByRole('row')).toHaveCount(9);

    await page.getByRole('button', { name: '确认导入' }).click();
    await expect(page.getByText('重新导入将删除以下项目或指标及其填报记录')).toBeVisible();
    await expect(page.getByText('项目：工作经费（含其全部指标）')).toBeVisible();
    await page.getByRole('button', { name: '确认删除并导入' }).click();
    await expect(page.getByText('更新 33 个项目、163 项指标')).toBeVisible();
  });

  test('refuses a broken file and an oversized one, importing nothing', async ({ page }) => {
    await page.goto('/import');
    const file = page.getByLabel('上传文件');
    await file.setInputFiles({ name: 'broken.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 1, 2, 3]) });
    await page.getByRole('button', { name: '生成预览' }).click();
    await expect(page.getByText('无法导入：无法读取该 Excel 文件')).toBeVisible();

    await file.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('随手记下的几行字\n没有表头，也没有项目') });
    await page.getByRole('button', { name: '生成预览' }).click();
    await expect(page.getByText('无法导入：未识别到项目支出绩效目标表')).toBeVisible();

    await file.setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x41) });
    await page.getByRole('button', { name: '生成预览' }).click();
    await expect(page.getByText('文件过大（上限 10 MB）')).toBeVisible();
    await expect(page.getByRole('region', { name: '预览摘要' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '确认导入' })).toHaveCount(0);
  });
});

test.describe('the preview route', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('answers any upload over 10 MB with 413 and the limit, and refuses another origin', async ({ page, baseURL }) => {
    const big = await page.request.post('/api/import/preview', { data: Buffer.alloc(12 * 1024 * 1024, 0x41), headers: { origin: baseURL! } });
    expect(big.status()).toBe(413);
    expect(await big.json()).toEqual({ error: '文件过大（上限 10 MB）' });
    const foreign = await page.request.post('/api/import/preview', { data: '项目名称', headers: { origin: 'http://evil.example' } });
    expect(foreign.status()).toBe(403);
  });
});

test.describe('the leader', () => {
  test.use({ storageState: storageStateOf('leader') });

  test('is refused the import page', async ({ page }) => {
    await page.goto('/import');
    await expect(page.getByText('无权访问')).toBeVisible();
    await expect(page.getByRole('button', { name: '生成预览' })).toHaveCount(0);
  });
});
