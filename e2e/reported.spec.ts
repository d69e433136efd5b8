import { expect, test, type Page } from '@playwright/test';
import { indicatorCard, openEntryPanel, storageStateOf } from './fixtures';

/** The number in a text such as "未填报 28 个指标" or "2022年12月尚有 14 个指标未填报". */
async function countIn(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).innerText();
  return Number(/(\d+) 个指标/.exec(text)![1]);
}

async function inboxCount(page: Page): Promise<number> {
  await page.goto('/inbox?asOf=2022-12');
  const count = page.getByTestId('inbox-count');
  return (await count.count()) === 0 ? 0 : countIn(page, 'inbox-count');
}

test('the overview\'s 未填报 for a month is what the owners\' 我的填报 lists for that month', async ({ browser }) => {
  const pages = await Promise.all(['leader', 'owner', 'owner2'].map(async (user) => (await browser.newContext({ storageState: storageStateOf(user as 'leader') })).newPage()));
  const [leader, owner, owner2] = pages as [Page, Page, Page];
  await leader.goto('/?asOf=2022-12');
  const unreported = await countIn(leader, 'overview-unreported');
  // Every project of the demo table has exactly one of the two owners.
  expect((await inboxCount(owner)) + (await inboxCount(owner2))).toBe(unreported);
});

test.describe('an owner', () => {
  test.use({ storageState: storageStateOf('owner') });

  test('replaces November, then saves December, without reloading', async ({ page }) => {
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('/projects?q=推动资本市场发展');
    await page.getByRole('link', { name: '推动资本市场发展工作经费' }).click();
    const card = indicatorCard(page, '为企业出具上市守法证明协调函');
    await openEntryPanel(card);
    const month = card.getByLabel('填报月份');
    const value = card.getByLabel(/本月完成/);
    await month.selectOption('2022-11');
    await value.fill('180'); // 年度指标值 ≥180次: on track in November
    await card.getByRole('button', { name: /^(保存|替换)2022年11月的填报$/ }).click();
    await expect(card.getByRole('status')).toHaveText('已保存2022年11月的填报');
    await expect(card.getByRole('button', { name: '替换2022年11月的填报' })).toBeVisible();

    await value.fill('170');
    await card.getByRole('button', { name: '替换2022年11月的填报' }).click();
    await expect(card.getByRole('status')).toHaveText('已保存2022年11月的填报');

    await month.selectOption('2022-12');
    await expect(card.getByRole('button', { name: /^(保存|替换)2022年12月的填报$/ })).toBeVisible();
    await value.fill('10');
    await card.getByRole('button', { name: /^(保存|替换)2022年12月的填报$/ }).click();
    await expect(card.getByRole('status')).toHaveText('已保存2022年12月的填报');
  });
});
