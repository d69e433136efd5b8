import { expect, test } from '@playwright/test';
import { indicatorCard, openEntryPanel, storageStateOf } from './fixtures';

/** This spec's own project: no other spec writes to it, so its indicators start without entries. */
const PROJECT = '金融高层次人才支持项目工作经费';

async function openProject(page: import('@playwright/test').Page, name: string) {
  await page.goto('/projects');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test.describe('an owner', () => {
  test.use({ storageState: storageStateOf('owner') });

  test('logs a value and the progress bar moves', async ({ page }) => {
    await openProject(page, PROJECT);
    const card = indicatorCard(page, '召开培训会');
    const bar = card.getByRole('progressbar');
    await expect(bar).toHaveAttribute('aria-valuenow', '0');
    await openEntryPanel(card);
    await card.getByLabel('填报月份').selectOption('2022-12');
    await card.getByLabel(/本月完成/).fill('1');
    await card.getByRole('button', { name: /^保存.+月的填报$/ }).click();
    await expect(card.getByRole('status')).toHaveText('已保存2022年12月的填报');
    await expect(bar).toHaveAttribute('aria-valuenow', '100');
    await expect(card.getByText('已达成年度目标')).toBeVisible();
  });

  test('an invalid value is refused with a message and nothing is stored', async ({ page }) => {
    await openProject(page, PROJECT);
    const card = indicatorCard(page, '相互走访调研');
    await openEntryPanel(card);
    await card.getByLabel(/本月完成/).fill('三次');
    await card.getByRole('button', { name: /^保存.+月的填报$/ }).click();
    await expect(card.getByRole('status')).toContainText('请输入数字');
    await page.reload();
    await expect(indicatorCard(page, '相互走访调研').getByText('填报与历史（0）')).toBeVisible();
  });
});

test.describe('a leader', () => {
  test.use({ storageState: storageStateOf('leader') });

  test('sees the values and history, without an entry form', async ({ page }) => {
    await openProject(page, PROJECT);
    const card = indicatorCard(page, '高层次人才新闻宣传');
    await openEntryPanel(card);
    await expect(card.getByText(/尚无填报记录|填报历史/).first()).toBeVisible();
    await expect(card.getByRole('form', { name: /填报/ })).toHaveCount(0);
    await expect(card.getByLabel(/本月完成/)).toHaveCount(0);
  });
});

test.describe('the owner of other projects', () => {
  test.use({ storageState: storageStateOf('owner2') });

  test('cannot log values on this project', async ({ page }) => {
    await openProject(page, PROJECT);
    const card = indicatorCard(page, '召开培训会');
    await openEntryPanel(card);
    await expect(card.getByRole('button', { name: /保存.*填报|替换.*填报/ })).toHaveCount(0);
  });
});
