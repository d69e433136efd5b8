import { expect, test } from '@playwright/test';
import { storageStateOf } from './fixtures';

test.use({ storageState: storageStateOf('admin') });

test('the admin sets the rules; a threshold out of order is refused and nothing changes', async ({ page }) => {
  await page.goto('/admin/settings');
  const form = page.getByRole('form', { name: '监控与评分设置' });
  await form.getByLabel('低于此值为红灯').first().fill('0.9');
  await form.getByRole('button', { name: '保存设置' }).click();
  await expect(form.getByRole('status')).toContainText('指标灯号阈值');
  await page.reload();
  await expect(page.getByLabel('低于此值为红灯').first()).toHaveValue('0.6');

  const reasons = page.getByLabel('偏差原因类别（每行一个）');
  await reasons.fill(`${await reasons.inputValue()}\n政策调整`);
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByRole('status')).toHaveText('设置已保存，灯号与填报即按新规则判断');
  await page.reload();
  await expect(page.getByLabel('偏差原因类别（每行一个）')).toHaveValue(/政策调整/);

  await page.goto('/audit?action=settings.update');
  await expect(page.getByRole('cell', { name: /修改设置/ }).first()).toBeVisible();
});
