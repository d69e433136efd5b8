import { expect, test } from '@playwright/test';
import { loginAs } from './fixtures';

test('a wrong password is refused with a message in Chinese', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill('owner');
  await page.getByLabel('密码', { exact: true }).fill('wrong-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('用户名或密码错误')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test('pages require a session', async ({ page }) => {
  await page.goto('/projects');
  await expect(page).toHaveURL(/\/login/);
});

test('a demo user logs in, sees who they are, and logs out; the old cookie is then refused', async ({ page, browser }) => {
  await loginAs(page, 'leader');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByText('部门领导', { exact: true }).first()).toBeVisible();
  const cookies = await page.context().cookies();
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const replayed = await replay.newPage();
  await replayed.goto('/projects');
  await expect(replayed).toHaveURL(/\/login/);
  await replay.close();
});
