import { expect, test } from '@playwright/test';
import { storageStateOf } from './fixtures';

test.use({ storageState: storageStateOf('admin') });

test('the administrator reads every department on one screen and goes from a row to that department’s 总览', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: '各部门' }).first().click();
  await expect(page.getByRole('heading', { name: '各部门总览' })).toBeVisible();
  const rows = page.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const row = rows.first();
  const name = (await row.locator('td').nth(0).getByRole('link').first().innerText()).trim();
  const projects = (await row.locator('td').nth(1).innerText()).trim();
  const reported = (await row.locator('td').nth(6).innerText()).trim(); // `2/6（33.3%）`

  // Sorting by a column reorders the rows and says so; the figures stay.
  await page.getByRole('link', { name: /^部门/ }).click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.getByRole('link', { name: /^部门 [↑↓]/ })).toBeVisible();
  await expect(page.locator('tbody tr').filter({ hasText: name }).locator('td').nth(1)).toHaveText(projects);

  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name: '总览' })).toBeVisible();
  await expect(page).toHaveURL(/dept=\d+/);
  await expect(page.getByText(name).first()).toBeVisible();
  await expect(page.getByTestId('overview-projects')).toHaveText(projects);
  const [count, total] = reported.split('（')[0]!.split('/');
  await expect(page.getByTestId('overview-reported')).toContainText(`${count}`);
  await expect(page.getByTestId('overview-reported')).toContainText(`/ ${total} 已填报`);
});
