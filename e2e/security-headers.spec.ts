import { expect, test } from '@playwright/test';

/** Pages run only the scripts their response's nonce allows; API answers run nothing at all. */
test('a page allows only its own nonce for scripts, and its scripts carry it', async ({ page }) => {
  const response = await page.goto('/login');
  const csp = response!.headers()['content-security-policy'];
  const scripts = csp.split('; ').find((d) => d.startsWith('script-src'))!;
  expect(scripts).not.toContain('unsafe-inline');
  expect(scripts).not.toContain('unsafe-eval');
  const nonce = /'nonce-([^']+)'/.exec(scripts)![1];
  expect(csp).toContain("frame-ancestors 'none'");

  const again = (await page.request.get('/login')).headers()['content-security-policy'];
  expect(again).not.toContain(nonce);

  const nonces = await page.locator('script').evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).nonce));
  expect(nonces.length).toBeGreaterThan(0);
  expect(nonces.every((n) => n === nonce)).toBe(true);

  // The page is alive (React hydrated under the policy): the form answers without a page load.
  await page.getByLabel('用户名', { exact: true }).fill('nobody');
  await page.getByLabel('密码', { exact: true }).fill('wrong-password-1');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('用户名或密码错误')).toBeVisible();

});

test('a script injected into the page markup (as stored XSS would be) does not run', async ({ page }) => {
  await page.route('**/login', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</body>', '<script>window.__injected = true</script></body>');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/login');
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test('HSTS is sent only over HTTPS; route handlers get a policy that allows nothing', async ({ request }) => {
  expect((await request.get('/login')).headers()['strict-transport-security']).toBeUndefined();
  const api = await request.get('/api/v1/openapi.json');
  expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
});
