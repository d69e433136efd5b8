import { expect, test } from '@playwright/test';
import { indicatorCard, openEntryPanel, storageStateOf } from './fixtures';

test.use({ storageState: storageStateOf('owner') });

// 获得普惠贷款户数 is this spec's own indicator: no other spec writes to it, so May starts empty.
test('two people saving the same month: the second sees the other value instead of overwriting it', async ({ browser }) => {
  const first = await browser.newPage({ storageState: storageStateOf('owner') });
  const second = await browser.newPage({ storageState: storageStateOf('owner') });
  for (const page of [first, second]) {
    await page.goto('/projects?q=受托管理机构');
    await page.getByRole('link', { name: '受托管理机构委托管理费' }).click();
    await openEntryPanel(indicatorCard(page, '获得普惠贷款户数'));
    await indicatorCard(page, '获得普惠贷款户数').getByLabel('填报月份').selectOption('2022-05');
  }
  const firstCard = indicatorCard(first, '获得普惠贷款户数');
  await firstCard.getByLabel(/本月完成/).fill('5');
  await firstCard.getByRole('button', { name: /^保存.+月的填报$/ }).click();
  await expect(firstCard.getByRole('status')).toHaveText('已保存2022年5月的填报');

  const secondCard = indicatorCard(second, '获得普惠贷款户数');
  await secondCard.getByLabel(/本月完成/).fill('4');
  await secondCard.getByRole('button', { name: /^保存.+月的填报$/ }).click();
  // The 409 names who saved what, with its unit, and when.
  await expect(secondCard.getByRole('status')).toContainText(/2022年5月的填报刚被项目负责人甲于 \d{4}-\d\d-\d\d \d\d:\d\d:\d\d 改为 5 万户/);

  await second.reload();
  const history = indicatorCard(second, '获得普惠贷款户数');
  await expect(history.getByTestId(/^actual-/)).toHaveText('5 万户');
});
