import { expect, test } from '@playwright/test';
import { indicatorCard, openEntryPanel, storageStateOf } from './fixtures';

test.use({ storageState: storageStateOf('owner') });

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
  await firstCard.getByRole('button', { name: '保存填报' }).click();
  await expect(firstCard.getByRole('status')).toHaveText('已保存 2022-05 的填报');

  const secondCard = indicatorCard(second, '获得普惠贷款户数');
  await secondCard.getByLabel(/本月完成/).fill('4');
  await secondCard.getByRole('button', { name: '保存填报' }).click();
  await expect(secondCard.getByRole('status')).toContainText('该月已有其他人保存的填报（5）');

  await second.reload();
  const history = indicatorCard(second, '获得普惠贷款户数');
  await expect(history.getByTestId(/^actual-/)).toHaveText('5 万户');
});
