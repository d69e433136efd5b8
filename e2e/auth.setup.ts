import { test as setup } from '@playwright/test';
import { ROLES_UNDER_TEST, loginAs, storageStateOf } from './fixtures';

for (const username of ROLES_UNDER_TEST) {
  setup(`log in as ${username}`, async ({ page }) => {
    await loginAs(page, username);
    await page.context().storageState({ path: storageStateOf(username) });
  });
}
