import { expect, test, type Page } from '@playwright/test';
import { openDb } from '../db/client';
import { importSmallDepartment, SMALL_PASSWORD } from '../test/support/small-department';
import { indicatorCard, loginAs, openEntryPanel } from './fixtures';
import { E2E_DATABASE } from './test-env';

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

// Every test here works in a department of its own, whose one owner has every project (test/support/small-department.ts).
test.beforeAll(() => {
  const db = openDb(E2E_DATABASE);
  importSmallDepartment(db);
  db.$client.close();
});

test('the overview\'s 未填报 for a month is what 我的填报 lists for that month', async ({ browser }) => {
  test.setTimeout(60_000);
  const [leader, owner] = await Promise.all([0, 1].map(async () => (await browser.newContext()).newPage()));
  await loginAs(leader!, 'small-leader', SMALL_PASSWORD);
  await loginAs(owner!, 'small-owner', SMALL_PASSWORD);
  await leader!.goto('/?asOf=2022-12');
  const unreported = await countIn(leader!, 'overview-unreported');
  expect(unreported).toBe(6);
  expect(await inboxCount(owner!)).toBe(unreported);

  await owner!.goto('/inbox?asOf=2022-12');
  await owner!.getByRole('link', { name: '填报 召开会议' }).click();
  const card = indicatorCard(owner!, '召开会议');
  await card.getByLabel(/本月完成/).fill('12');
  await card.getByRole('button', { name: '保存2022年12月的填报' }).click();
  await expect(card.getByRole('status')).toHaveText('已保存2022年12月的填报');
  await leader!.reload();
  expect(await countIn(leader!, 'overview-unreported')).toBe(5);
  expect(await inboxCount(owner!)).toBe(5);
});

test('an owner replaces November, then saves December, without reloading', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await loginAs(page, 'small-owner', SMALL_PASSWORD);
  await page.goto('/projects?q=宣传项目');
  await page.getByRole('link', { name: '宣传项目' }).click();
  const card = indicatorCard(page, '宣传报道篇数');
  await openEntryPanel(card);
  const month = card.getByLabel('填报月份');
  const value = card.getByLabel(/本月完成/);
  await month.selectOption('2022-11');
  await value.fill('22'); // 年度指标值 24篇: on track in November
  await card.getByRole('button', { name: /^(保存|替换)2022年11月的填报$/ }).click();
  await expect(card.getByRole('status')).toHaveText('已保存2022年11月的填报');
  await expect(card.getByRole('button', { name: '替换2022年11月的填报' })).toBeVisible();

  await value.fill('21');
  await card.getByRole('button', { name: '替换2022年11月的填报' }).click();
  await expect(card.getByRole('status')).toHaveText('已保存2022年11月的填报');

  await month.selectOption('2022-12');
  await expect(card.getByRole('button', { name: /^(保存|替换)2022年12月的填报$/ })).toBeVisible();
  await value.fill('3');
  await card.getByRole('button', { name: /^(保存|替换)2022年12月的填报$/ }).click();
  await expect(card.getByRole('status')).toHaveText('已保存2022年12月的填报');
});
