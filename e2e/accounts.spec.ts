import { expect, test, type Browser, type Page } from '@playwright/test';
import { formData, invokeAction } from './authz/invoke-action';
import { storageStateOf } from './fixtures';

/** Accounts and credentials: each test creates the users it needs, so it passes alone and in any order. */
const DEPARTMENT = '广州市地方金融监督管理局';

async function newPage(browser: Browser, storageState: string | { cookies: []; origins: [] } = { cookies: [], origins: [] }): Promise<Page> {
  return (await browser.newContext({ storageState })).newPage();
}

/** The administrator creates a 项目负责人 with an initial (one-time) password. */
async function createOwner(admin: Page, username: string, password: string): Promise<void> {
  await admin.goto('/admin/users');
  const form = admin.getByRole('form', { name: '新建用户' });
  await form.getByLabel('用户名').fill(username);
  await form.getByLabel('姓名').fill(`测试${username}`);
  await form.getByLabel('角色').selectOption({ label: '项目负责人' });
  await form.getByLabel('所属部门').selectOption({ label: DEPARTMENT });
  await form.getByLabel('初始密码').fill(password);
  await form.getByRole('button', { name: '新建用户' }).click();
  await expect(form.getByRole('status')).toHaveText(`已新建用户 ${username}`);
}

async function openUser(admin: Page, username: string): Promise<void> {
  await admin.goto('/admin/users');
  await admin.getByRole('link', { name: `管理 ${username}` }).click();
  await expect(admin.getByRole('heading', { level: 1 })).toContainText(username);
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

async function changePassword(page: Page, current: string, next: string): Promise<void> {
  await page.goto('/account');
  const form = page.getByRole('form', { name: '修改密码' });
  await form.getByLabel('当前密码').fill(current);
  await form.getByLabel('新密码', { exact: true }).fill(next);
  await form.getByLabel('确认新密码').fill(next);
  await form.getByRole('button', { name: '修改密码' }).click();
}

/** A new user who has already replaced the one-time password with `password`. */
async function readyOwner(browser: Browser, admin: Page, username: string, password: string): Promise<Page> {
  await createOwner(admin, username, 'Initial123x');
  const page = await newPage(browser);
  await signIn(page, username, 'Initial123x');
  await changePassword(page, 'Initial123x', password);
  await page.waitForURL((url) => url.pathname === '/');
  return page;
}

/** The administrator issues a token on the 访问令牌 page; returns its secret. */
async function issueToken(admin: Page, userLabel: string, name: string, days = '90'): Promise<string> {
  await admin.goto('/admin/users/tokens');
  const form = admin.getByRole('form', { name: '新建令牌' });
  await form.getByLabel('用户').selectOption({ label: userLabel });
  await form.getByLabel('名称').fill(name);
  await form.getByLabel('有效期（天）').fill(days);
  await form.getByRole('button', { name: '新建令牌' }).click();
  await expect(form.getByRole('status')).toContainText('密钥只显示这一次');
  return form.getByLabel('新令牌的密钥').inputValue();
}

const bearer = (secret: string) => ({ headers: { Authorization: `Bearer ${secret}` } });

test('an administrator’s reset is a one-time password: until it is changed, pages lead to 修改密码 and actions and API calls are refused', async ({ browser }) => {
  const admin = await newPage(browser, storageStateOf('admin'));
  const user = await readyOwner(browser, admin, 'acc-reset', 'Mine12345x');

  await openUser(admin, 'acc-reset');
  const reset = admin.getByRole('form', { name: '重置密码' });
  await reset.getByLabel('新密码').fill('Reset12345x');
  await reset.getByRole('button', { name: '重置密码' }).click();
  await expect(reset.getByRole('status')).toContainText('这是一次性密码');
  await user.goto('/projects');
  await expect(user).toHaveURL(/\/login/);

  await signIn(user, 'acc-reset', 'Reset12345x');
  await expect(user).toHaveURL(/\/account$/);
  await expect(user.getByRole('note').filter({ hasText: '已由系统管理员重置' })).toBeVisible();
  await user.goto('/projects?year=2022');
  await expect(user).toHaveURL(/\/account$/);
  const api = await user.request.get('/api/v1/projects?year=2022');
  expect(api.status()).toBe(403);
  expect((await api.json()).error).toContain('请先修改密码');
  const action = await invokeAction(user.request, '/admin/users', 'app/(app)/admin/users/actions.ts#unlockUserAction', [
    { ok: false, message: null, fieldErrors: {} },
    formData({ userId: '1' }),
  ]);
  expect(await action.text()).toContain('请先修改密码');

  await changePassword(user, 'Reset12345x', 'Mine23456x');
  await user.waitForURL((url) => url.pathname === '/');
  expect((await user.request.get('/api/v1/projects?year=2022')).status()).toBe(200);
});

test('changing one’s password signs out one’s other sessions and revokes one’s tokens; this browser stays signed in', async ({ browser }) => {
  const admin = await newPage(browser, storageStateOf('admin'));
  const here = await readyOwner(browser, admin, 'acc-token', 'First12345x');
  const elsewhere = await newPage(browser);
  await signIn(elsewhere, 'acc-token', 'First12345x');
  const secret = await issueToken(admin, '测试acc-token（acc-token）', '脚本');
  expect((await here.request.get('/api/v1/projects?year=2022', bearer(secret))).status()).toBe(200);
  const cookiesBefore = await here.context().cookies();

  await changePassword(here, 'First12345x', 'Second1234x');
  await expect(here.getByRole('form', { name: '修改密码' }).getByRole('status')).toContainText('访问令牌已全部吊销');
  await here.goto('/projects');
  await expect(here).toHaveURL(/\/projects$/);
  await elsewhere.goto('/projects');
  await expect(elsewhere).toHaveURL(/\/login/);

  const refused = await here.request.get('/api/v1/projects?year=2022', bearer(secret));
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error).toBe('访问令牌已吊销');

  const replay = await newPage(browser);
  await replay.context().addCookies(cookiesBefore);
  // A page view sent with the replaced session (a prefetch that raced the change) gets no cookie back, so it cannot
  // overwrite this browser's new one.
  const late = await replay.request.get('/projects', { maxRedirects: 0 });
  expect(late.headers()['set-cookie']).toBeUndefined();
  await replay.goto('/projects');
  await expect(replay).toHaveURL(/\/login/);
});

test('the tokens page lists every token with its state, and revokes one; the revoked token is refused', async ({ browser }) => {
  const admin = await newPage(browser, storageStateOf('admin'));
  const secret = await issueToken(admin, '部门领导（leader）', '数据大屏测试', '30');
  expect((await admin.request.get('/api/v1/projects?year=2022', bearer(secret))).status()).toBe(200);
  await admin.reload();
  const row = admin.getByRole('row').filter({ hasText: '数据大屏测试' });
  await expect(row).toContainText('leader');
  await expect(row).toContainText('有效');
  admin.once('dialog', (dialog) => dialog.accept());
  await row.getByRole('button', { name: '吊销' }).click();
  await expect(row).toContainText('已吊销（管理员吊销）');
  await expect(row.getByRole('button', { name: '吊销' })).toHaveCount(0);
  const refused = await admin.request.get('/api/v1/projects?year=2022', bearer(secret));
  expect(refused.status()).toBe(401);
});

test('a disabled user is signed out at once and cannot sign in; enabled again, they can', async ({ browser }) => {
  const admin = await newPage(browser, storageStateOf('admin'));
  const user = await readyOwner(browser, admin, 'acc-off', 'Offline123x');
  await openUser(admin, 'acc-off');
  admin.once('dialog', (dialog) => dialog.accept());
  await admin.getByRole('button', { name: '停用账户' }).click();
  await expect(admin.getByRole('form', { name: '启用账户' })).toBeVisible();
  await expect(admin.getByText('已停用', { exact: true })).toBeVisible();

  await user.goto('/projects');
  await expect(user).toHaveURL(/\/login/);
  await user.getByLabel('用户名', { exact: true }).fill('acc-off');
  await user.getByLabel('密码', { exact: true }).fill('Offline123x');
  await user.getByRole('button', { name: '登录' }).click();
  await expect(user.getByRole('status')).toHaveText('用户名或密码错误');

  await admin.getByRole('button', { name: '启用账户' }).click();
  await expect(admin.getByRole('form', { name: '停用账户' })).toBeVisible();
  await signIn(user, 'acc-off', 'Offline123x');
  await expect(user.getByRole('button', { name: '退出' })).toBeVisible();
});
