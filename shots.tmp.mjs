import { chromium } from '@playwright/test';
const [,, base, user, ...pages] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
for (const [w, h, tag] of [[1366, 768, 'wide'], [390, 844, 'narrow']]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await ctx.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel('用户名', { exact: true }).fill(user);
  await page.getByLabel('密码', { exact: true }).fill(process.env.PW || 'demo1234');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  for (const p of pages) {
    const [path, name] = p.split('=');
    await page.goto(`${base}${path}`);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `/tmp/shot-${name}-${tag}.png`, fullPage: process.env.FULL === '1' });
  }
  await ctx.close();
}
await browser.close();
