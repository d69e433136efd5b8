import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo1234';
export const ROLES_UNDER_TEST = ['admin', 'leader', 'owner', 'owner2', 'caizheng', 'auditor'] as const;
export type DemoUser = (typeof ROLES_UNDER_TEST)[number];

export function storageStateOf(username: DemoUser): string {
  return `e2e/.auth/${username}.json`;
}

export async function loginAs(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await expect(page.getByRole('button', { name: '退出' })).toBeVisible();
}

/** The card of one indicator on a project page, found by its name. */
export function indicatorCard(page: Page, name: string) {
  return page.getByRole('article').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

/** Opens an indicator's entry panel (填报与历史, or 填报历史 for readers). */
export async function openEntryPanel(card: ReturnType<typeof indicatorCard>): Promise<void> {
  await card.locator('summary', { hasText: /填报/ }).click();
}
