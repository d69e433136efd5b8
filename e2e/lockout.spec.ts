import { expect, test, type Page } from '@playwright/test';
import { storageStateOf } from './fixtures';

const USER = { username: 'lockme', name: '锁定测试', password: 'Lockme123' };

async function attempt(page: Page, password: string) {
  await page.getByLabel('用户名', { exact: true }).fill(USER.username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  // The message of the previous attempt may read the same: wait for the answer, and for React to clear the form
  // after it (else the next attempt's typing can be wiped).
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login'),
    page.getByRole('button', { name: '登录' }).click(),
  ]);
  await expect(page.getByLabel('密码', { exact: true })).toHaveValue('');
}

test('five wrong passwords lock the account from that address for 15 minutes, until the administrator unlocks it', async ({ browser }) => {
  const admin = await (await browser.newContext({ storageState: storageStateOf('admin') })).newPage();
  await admin.goto('/admin/users');
  const form = admin.getByRole('form', { name: '新建用户' });
  await form.getByLabel('用户名').fill(USER.username);
  await form.getByLabel('姓名').fill(USER.name);
  await form.getByLabel('角色').selectOption({ label: '部门领导' });
  await form.getByLabel('所属部门').selectOption({ label: '广州市地方金融监督管理局' });
  await form.getByLabel('初始密码').fill(USER.password);
  await form.getByRole('button', { name: '新建用户' }).click();
  await expect(form.getByRole('status')).toHaveText(`已新建用户 ${USER.username}`);

  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await page.goto('/login');
  for (let i = 1; i <= 4; i++) {
    await attempt(page, `wrong-${i}`);
    await expect(page.getByRole('status')).toHaveText('用户名或密码错误');
  }
  await attempt(page, 'wrong-5');
  await expect(page.getByRole('status')).toHaveText('登录失败次数过多，请 15 分钟后再试，或请系统管理员解除锁定');
  await attempt(page, USER.password);
  await expect(page.getByRole('status')).toContainText('登录失败次数过多');
  await expect(page).toHaveURL(/\/login/);

  await admin.reload();
  const row = admin.getByRole('row').filter({ hasText: USER.name });
  await expect(row).toContainText('已锁定（1 个地址');
  await row.getByRole('link', { name: `管理 ${USER.username}` }).click();
  await admin.getByRole('button', { name: '解除锁定' }).click();
  await expect(admin.getByRole('form', { name: '解除锁定' }).getByRole('status')).toHaveText('已解除锁定');

  await page.getByLabel('用户名', { exact: true }).fill(USER.username);
  await page.getByLabel('密码', { exact: true }).fill(USER.password);
  await page.getByRole('button', { name: '登录' }).click();
  // The initial password the administrator chose is a one-time password.
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('button', { name: '退出' })).toBeVisible();
});

test('responses carry the security headers, and the session cookie is httpOnly and SameSite=Lax', async ({ page }) => {
  const response = await page.goto('/login');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['permissions-policy']).toContain('camera=()');

  await page.getByLabel('用户名', { exact: true }).fill('leader');
  await page.getByLabel('密码', { exact: true }).fill('demo1234');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('button', { name: '退出' })).toBeVisible();
  const session = (await page.context().cookies()).find((c) => c.name.endsWith('authjs.session-token'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
});
