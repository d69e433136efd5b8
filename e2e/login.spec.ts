import { expect, test } from '@playwright/test';
import { OPEN_REDIRECTS } from '../test/support/bad-input-corpus';
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

test('a client’s session update() cannot revive a session ended by 退出', async ({ page, browser }) => {
  await loginAs(page, 'owner2');
  const cookies = await page.context().cookies();
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const { csrfToken } = await (await replay.request.get('/api/auth/csrf')).json();
  const sid = (await (await replay.request.get('/api/auth/session')).json())?.sid;
  const update = await replay.request.post('/api/auth/session', { data: { csrfToken, data: { sid: sid ?? 'x', sub: '1' } } });
  expect(update.status()).toBe(200);
  const replayed = await replay.newPage();
  await replayed.goto('/projects');
  await expect(replayed).toHaveURL(/\/login/);
  await replay.close();
});

test('signing in returns to the page that asked for it', async ({ page }) => {
  await page.goto('/projects?year=2022&light=red');
  await expect(page).toHaveURL(/\/login\?next=%2Fprojects%3Fyear%3D2022%26light%3Dred$/);
  await page.getByLabel('用户名', { exact: true }).fill('leader');
  await page.getByLabel('密码', { exact: true }).fill('demo1234');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/projects\?year=2022&light=red$/);
});

for (const next of OPEN_REDIRECTS) {
  test(`a \`next\` of ${JSON.stringify(next.slice(0, 40))} lands on the site’s own home page`, async ({ page, baseURL }) => {
    await page.goto(`/login?next=${next.startsWith('/%') ? next : encodeURIComponent(next)}`);
    await page.getByLabel('用户名', { exact: true }).fill('leader');
    await page.getByLabel('密码', { exact: true }).fill('demo1234');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('button', { name: '退出' })).toBeVisible();
    const url = new URL(page.url());
    expect(url.origin).toBe(new URL(baseURL!).origin);
    expect(url.pathname).toBe('/');
  });
}
