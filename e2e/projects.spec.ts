import { expect, test } from '@playwright/test';
import { storageStateOf } from './fixtures';

test.use({ storageState: storageStateOf('leader') });

test('the project list shows the 34 projects of the seed table and filters by name', async ({ page }) => {
  await page.goto('/projects');
  await expect(page.getByTestId('project-count')).toHaveText('共 34 个项目');
  await expect(page.getByRole('link', { name: '优化营商环境工作经费' })).toBeVisible();

  await page.getByLabel('按项目名称筛选').fill('金融宣传');
  await page.getByLabel('按项目名称筛选').press('Enter');
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByTestId('project-count')).toHaveText('共 1 个项目');
  await expect(page.getByRole('link', { name: '广州金融宣传工作经费' })).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('project-count')).toHaveText('共 1 个项目');
});

test('the overview totals the seed table', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('overview-projects')).toHaveText('34');
  await expect(page.getByTestId('overview-indicators')).toHaveText('167');
});
