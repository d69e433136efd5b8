import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, indicatorCard, openEntryPanel, storageStateOf } from './fixtures';

// One story: each test builds on what the previous one did (a new user, their project, their password).
test.describe.configure({ mode: 'serial' });

const PROJECT = '2023年金融中介机构补贴';
/** The administrator gives owner3 a one-time password; owner3 replaces it with their own, then changes that again. */
const OWNER3 = { username: 'owner3', name: '项目负责人丙', password: 'Owner3pass', ownPassword: 'Owner3own7', newPassword: 'Owner3new9' };

/** Signs in on the login page as anyone (the auditor has no 总览 link to wait for). */
async function signIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('button', { name: '退出' })).toBeVisible();
}

test.describe('the administrator', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('creates a user, refused a weak password first with the policy in Chinese', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: '用户与权限' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '用户与权限' })).toBeVisible();
    const form = page.getByRole('form', { name: '新建用户' });
    await form.getByLabel('用户名').fill(OWNER3.username);
    await form.getByLabel('姓名').fill(OWNER3.name);
    await form.getByLabel('角色').selectOption({ label: '项目负责人' });
    await form.getByLabel('所属部门').selectOption({ label: '广州市地方金融监督管理局' });
    await form.getByLabel('初始密码').fill('abc123');
    await form.getByRole('button', { name: '新建用户' }).click();
    await expect(form.getByRole('status')).toContainText('密码至少需要 8 个字符');
    await expect(form.getByLabel('用户名')).toHaveValue(OWNER3.username);

    await form.getByLabel('初始密码').fill(OWNER3.password);
    await form.getByRole('button', { name: '新建用户' }).click();
    await expect(form.getByRole('status')).toHaveText(`已新建用户 ${OWNER3.username}`);
    const row = page.getByRole('row').filter({ hasText: OWNER3.name });
    await expect(row).toContainText('项目负责人');
    await expect(row).toContainText('广州市地方金融监督管理局');
  });

  test('makes the new user an owner of a project', async ({ page }) => {
    await page.goto('/admin/users/owners');
    const scope = page.getByLabel('部门与年度');
    if ((await scope.count()) > 0) await scope.selectOption({ label: '广州市地方金融监督管理局 · 2022年' });
    const box = page.getByRole('checkbox', { name: `${PROJECT}：${OWNER3.name}` });
    await expect(box).not.toBeChecked();
    await box.check();
    await expect(page.getByText('已修改 1 个项目，尚未保存')).toBeVisible();
    await page.getByRole('button', { name: '保存负责人' }).click();
    await expect(page.getByRole('status')).toHaveText('已保存 1 个项目的负责人');
    await page.reload();
    await expect(page.getByRole('checkbox', { name: `${PROJECT}：${OWNER3.name}` })).toBeChecked();
  });
});

test('the new owner signs in with the one-time password, must set their own, then may log values on that project', async ({ page }) => {
  await signIn(page, OWNER3.username, OWNER3.password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('note').filter({ hasText: '一次性初始密码' })).toBeVisible();
  await expect(page.getByRole('link', { name: '项目', exact: true })).toHaveCount(0);
  await page.goto('/projects');
  await expect(page).toHaveURL(/\/account$/);
  const form = page.getByRole('form', { name: '修改密码' });
  await form.getByLabel('当前密码').fill(OWNER3.password);
  await form.getByLabel('新密码', { exact: true }).fill(OWNER3.ownPassword);
  await form.getByLabel('确认新密码').fill(OWNER3.ownPassword);
  await form.getByRole('button', { name: '修改密码' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.goto('/projects');
  await page.getByRole('link', { name: PROJECT }).click();
  await expect(page.getByRole('heading', { level: 1, name: PROJECT })).toContainText(PROJECT);
  const card = indicatorCard(page, '小贷公司增资落户奖励');
  await openEntryPanel(card);
  await expect(card.getByLabel(/本月完成/)).toBeEnabled();
  await expect(card.getByRole('button', { name: /^保存.+月的填报$/ })).toBeEnabled();
  await expect(card.getByText('只有该项目的负责人可以填报')).toHaveCount(0);
});

test('the auditor reads the audit log, downloads it, and sees nothing else', async ({ page }) => {
  await signIn(page, 'auditor', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/audit$/);
  await page.goto('/audit?action=user.create');
  for (const summary of await page.getByRole('main').locator('summary').all()) await summary.click();
  const creation = page.getByRole('row').filter({ has: page.locator('pre', { hasText: `"username": "${OWNER3.username}"` }) });
  await expect(creation).toContainText('新建用户');
  await expect(creation).toContainText('admin');

  await page.goto('/audit');
  await page.getByLabel('操作').selectOption({ label: '登录' });
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/action=login/);
  await expect(page.getByRole('row').filter({ hasText: OWNER3.username }).first()).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /导出 CSV/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF时间（北京时间）')).toBe(true);
  expect(csv).toContain(',登录,login,');
  expect(csv).not.toContain('user.create');

  await expect(page.getByRole('link', { name: '项目', exact: true })).toHaveCount(0);
  await page.goto('/projects');
  await expect(page).toHaveURL(/\/audit$/);
  await page.goto('/admin/users');
  await expect(page.getByText('无权访问')).toBeVisible();
});

test.describe('a leader', () => {
  test.use({ storageState: storageStateOf('leader') });

  test('is refused the audit log and its export', async ({ page }) => {
    await page.goto('/audit');
    await expect(page.getByText('无权访问')).toBeVisible();
    await expect(page.getByRole('link', { name: '审计日志' })).toHaveCount(0);
    expect((await page.request.get('/api/audit/export')).status()).toBe(403);
  });
});

test('a user changes their password; the old one then fails', async ({ page }) => {
  await signIn(page, OWNER3.username, OWNER3.ownPassword);
  await page.getByRole('link', { name: '修改密码' }).click();
  const form = page.getByRole('form', { name: '修改密码' });
  await form.getByLabel('当前密码').fill(OWNER3.ownPassword);
  await form.getByLabel('新密码', { exact: true }).fill('onlyletters');
  await form.getByLabel('确认新密码').fill('onlyletters');
  await form.getByRole('button', { name: '修改密码' }).click();
  await expect(form.getByRole('status')).toContainText('密码须包含至少一个数字');

  await form.getByLabel('新密码', { exact: true }).fill(OWNER3.newPassword);
  await form.getByLabel('确认新密码').fill(OWNER3.newPassword);
  await form.getByRole('button', { name: '修改密码' }).click();
  await expect(form.getByRole('status')).toContainText('密码已修改');

  await page.getByRole('button', { name: '退出' }).click();
  await page.getByLabel('用户名', { exact: true }).fill(OWNER3.username);
  await page.getByLabel('密码', { exact: true }).fill(OWNER3.ownPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('用户名或密码错误')).toBeVisible();
  await signIn(page, OWNER3.username, OWNER3.newPassword);
});
