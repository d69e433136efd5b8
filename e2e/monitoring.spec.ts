import { expect, test } from '@playwright/test';
import { indicatorCard, openEntryPanel, storageStateOf } from './fixtures';

test.use({ storageState: storageStateOf('owner') });

test('a red entry opens the deviation fields before saving, marks each missing one, then shows the red light and the reasons', async ({ page }) => {
  await page.goto('/projects?q=处置非法集资');
  await page.getByRole('link', { name: '地方金融风险防控及处置非法集资工作经费' }).click();
  const card = indicatorCard(page, '受益对象满意度（%）');
  await openEntryPanel(card);
  await card.getByLabel('填报月份').selectOption('2022-12');
  await expect(card.getByRole('checkbox', { name: '经费保障' })).toBeHidden();
  await card.getByLabel(/截至本月/).fill('50');
  await expect(card.getByTestId('entry-preview').locator('[data-light="red"]')).toBeVisible();
  await expect(card.getByRole('checkbox', { name: '经费保障' })).toBeVisible();
  await card.getByRole('button', { name: /^保存.+月的填报$/ }).click();
  await expect(card.getByRole('status')).toContainText('偏差原因为必填项');
  await expect(card.locator('[id$="-explanation-errors"]')).toHaveText('原因说明为必填项：该指标当前为红灯');
  await expect(card.getByLabel(/原因说明/)).toHaveAttribute('aria-invalid', 'true');
  await expect(card.getByLabel(/完成目标可能性/)).toHaveAttribute('aria-describedby', /possibility-errors/);
  await expect(card.getByLabel(/截至本月/)).toHaveValue('50');

  await card.getByRole('checkbox', { name: '经费保障' }).check();
  await card.getByLabel('原因说明').fill('满意度调查样本不足，四季度补充调查');
  await card.getByLabel('完成目标可能性').selectOption('有可能');
  await card.getByRole('button', { name: /^保存.+月的填报$/ }).click();
  await expect(card.getByRole('status')).toHaveText('已保存2022年12月的填报');

  await page.reload();
  const saved = indicatorCard(page, '受益对象满意度（%）');
  await expect(saved.locator('[data-light="red"]').first()).toBeVisible();
  await expect(saved.getByText('偏差原因：经费保障——满意度调查样本不足，四季度补充调查（完成可能性：有可能）')).toBeVisible();
});

test('我的填报 lists the missing indicators of the last closed month, one click from their form', async ({ page }) => {
  await page.goto('/inbox');
  await expect(page.getByText('2022年12月的填报', { exact: false }).first()).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: '开展融资担保行业现场检查工作' });
  await expect(row).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '2022年对新发行债券企业补贴' })).toHaveCount(0); // owner2's project

  await row.getByRole('link', { name: '填报 开展融资担保行业现场检查工作' }).click();
  const card = indicatorCard(page, '开展融资担保行业现场检查工作');
  await expect(card.getByLabel(/本月完成/)).toBeVisible();
  await card.getByLabel(/本月完成/).fill('20');
  await card.getByRole('button', { name: /^保存.+月的填报$/ }).click();
  await expect(card.getByRole('status')).toHaveText('已保存2022年12月的填报');

  await page.goto('/inbox');
  await expect(page.getByRole('row').filter({ hasText: '开展融资担保行业现场检查工作' })).toHaveCount(0);
});

test('budget execution is logged per month and its 执行率 shown', async ({ page }) => {
  await page.goto('/projects?q=优化营商环境');
  await page.getByRole('link', { name: '优化营商环境工作经费' }).click();
  await page.getByLabel('执行月份').selectOption('2022-12');
  await page.getByLabel('截至该月累计执行数（万元）').fill('24');
  await page.getByRole('button', { name: /^保存.+月的执行数$/ }).click();
  await expect(page.getByText('已保存2022年12月的累计执行数')).toBeVisible();
  await expect(page.getByText('执行率 80.0%')).toBeVisible();
});

test('an actual entered in 万元 counts toward a target in 亿元', async ({ page }) => {
  await page.goto('/projects?q=受托管理机构');
  await page.getByRole('link', { name: '受托管理机构委托管理费' }).click();
  const card = indicatorCard(page, '普惠机制合作银行累计贷款投放额');
  await openEntryPanel(card);
  await card.getByLabel('填报月份').selectOption('2022-12');
  await card.getByLabel(/本月完成/).fill('8,000,000');
  await card.getByLabel('填报单位').selectOption('万元');
  await card.getByRole('button', { name: /^保存.+月的填报$/ }).click();
  await expect(card.getByRole('status')).toHaveText('已保存2022年12月的填报');
  await page.reload();
  await expect(indicatorCard(page, '普惠机制合作银行累计贷款投放额').getByTestId(/^actual-/)).toHaveText('800 亿元');
});
