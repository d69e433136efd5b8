import { chromium } from '@playwright/test';
const base = process.env.BASE || 'http://127.0.0.1:3000';
const user = process.env.USER_NAME || 'leader';
const pages = (process.env.PAGES || '/,/projects').split(',');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
await page.goto(base + '/login');
await page.screenshot({ path: '/tmp/shots/login.png' });
await page.getByLabel('用户名', { exact: true }).fill(user);
await page.getByLabel('密码', { exact: true }).fill('demo1234');
await page.getByRole('button', { name: '登录' }).click();
await page.waitForURL((u) => !u.pathname.startsWith('/login'));
for (const p of pages) {
  await page.goto(base + p);
  await page.waitForLoadState('networkidle');
  const name = p.replace(/[^a-z0-9]+/gi, '_') || 'root';
  await page.screenshot({ path: `/tmp/shots/${user}${name}.png`, fullPage: process.env.FULL === '1' });
  console.log('shot', p);
}
await browser.close();
