import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { freePort, signalGroup, startProductionServer, waitUntilServing, type ProductionServer } from '../scripts/support/production-server';

/**
 * A first start on an empty database, each on a server of its own (the shared e2e server stays in demo mode for the
 * other specs): `DEMO_DATA=0` creates only an administrator with a printed one-time password; the demo can be
 * turned off, after which the login page no longer publishes demo1234 and demo accounts must change it.
 */
test.describe.configure({ timeout: 180_000 });

async function startFresh(name: string, env: Record<string, string>): Promise<ProductionServer> {
  const port = await freePort();
  const dir = path.resolve(`test-results/fresh-${name}-${port}`);
  fs.rmSync(dir, { recursive: true, force: true });
  Object.assign(process.env, env);
  try {
    const server = startProductionServer({ database: path.join(dir, 'jixiao.db'), port, authSecret: `fresh-${name}-secret-0123456789abcdef` });
    await waitUntilServing(server, 90_000);
    return server;
  } finally {
    for (const key of Object.keys(env)) delete process.env[key];
  }
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

async function setPassword(page: Page, current: string, next: string): Promise<void> {
  const form = page.getByRole('form', { name: '修改密码' });
  await form.getByLabel('当前密码').fill(current);
  await form.getByLabel('新密码', { exact: true }).fill(next);
  await form.getByLabel('确认新密码').fill(next);
  await form.getByRole('button', { name: '修改密码' }).click();
}

async function pageOn(browser: Browser, server: ProductionServer): Promise<Page> {
  return (await browser.newContext({ baseURL: server.url })).newPage();
}

/** Stops the server, and closes the pages opened on it. */
async function stop(server: ProductionServer, browser: Browser): Promise<void> {
  for (const context of browser.contexts()) await context.close();
  await signalGroup(server, 'SIGTERM');
}

test('DEMO_DATA=0: no demo anywhere; the printed one-time password works once and must be changed', async ({ browser }) => {
  const server = await startFresh('real', { DEMO_DATA: '0' });
  try {
    const password = /一次性初始密码：\s*(\S+)/.exec(server.log())?.[1];
    expect(password, server.log()).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);
    const page = await pageOn(browser, server);
    await page.goto('/login');
    await expect(page.locator('body')).not.toContainText('demo1234');
    await expect(page.getByRole('note', { name: '示例环境' })).toHaveCount(0);
    await signIn(page, 'admin', 'demo1234');
    await expect(page.getByRole('status')).toHaveText('用户名或密码错误');

    await signIn(page, 'admin', password!);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('note').filter({ hasText: '一次性初始密码' })).toBeVisible();
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/account$/);
    await setPassword(page, password!, 'Admin2026real');
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/admin/users');
    await expect(page.getByRole('row')).toHaveCount(2);

    await page.getByRole('button', { name: '退出' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await signIn(page, 'admin', password!);
    await expect(page.getByRole('status')).toHaveText('用户名或密码错误');
    await signIn(page, 'admin', 'Admin2026real');
    await expect(page.getByRole('button', { name: '退出' })).toBeVisible();
  } finally {
    await stop(server, browser);
  }
});

test('turning the demo off: the login page stops publishing demo1234, and demo accounts must change it', async ({ browser }) => {
  const server = await startFresh('demo', { DEMO_ACTIVITY: '0' });
  try {
    const visitor = await pageOn(browser, server);
    await visitor.goto('/login');
    await expect(visitor.getByRole('note', { name: '示例环境' })).toBeVisible();
    await expect(visitor.locator('body')).toContainText('demo1234');

    const admin = await pageOn(browser, server);
    await admin.goto('/login');
    await signIn(admin, 'admin', 'demo1234');
    await admin.waitForURL((url) => url.pathname === '/');
    await admin.goto('/admin/settings');
    await expect(admin.getByRole('note', { name: '示例环境' })).toBeVisible();
    const form = admin.getByRole('form', { name: '关闭示例环境' });
    await form.getByLabel('我已了解，关闭示例环境').check();
    await form.getByRole('button', { name: '关闭示例环境' }).click();
    await expect(admin).toHaveURL(/\/account$/);
    await expect(admin.getByRole('note').filter({ hasText: '示例环境已关闭' })).toBeVisible();
    await expect(admin.getByRole('note', { name: '示例环境' })).toHaveCount(0);

    await visitor.reload();
    await expect(visitor.locator('body')).not.toContainText('demo1234');
    await expect(visitor.getByRole('note', { name: '示例环境' })).toHaveCount(0);
    await signIn(visitor, 'leader', 'demo1234');
    await expect(visitor).toHaveURL(/\/account$/);
    await setPassword(visitor, 'demo1234', 'Leader2026x');
    await visitor.waitForURL((url) => url.pathname === '/');
    await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible();
  } finally {
    await stop(server, browser);
  }
});
