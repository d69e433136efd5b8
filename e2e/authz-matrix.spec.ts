import Database from 'better-sqlite3';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { PROJECT_ACTIONS, PUBLIC_ACTIONS, ROUND_ACTIONS, SELF_EVALUATION_ACTIONS, SETTINGS_ACTIONS, TARGET_CHANGE_ACTIONS } from './authz/action-matrix';
import { TODO_ACTIONS } from './authz/todo-action-matrix';
import { USER_ACTIONS } from './authz/user-action-matrix';
import { discoverPages, discoverRouteHandlers, discoverServerActions } from './authz/discover-routes';
import { invokeAction } from './authz/invoke-action';
import { API, PAGES, PUBLIC_PAGES, PUBLIC_ROUTE_HANDLERS, ROLES, type Role } from './authz/matrix';
import { storageStateOf, type DemoUser } from './fixtures';
import { E2E_DATABASE, E2E_PORT } from './test-env';

const BASE = `http://127.0.0.1:${E2E_PORT}`;
const ACTIONS = [...PROJECT_ACTIONS, ...TARGET_CHANGE_ACTIONS, ...SELF_EVALUATION_ACTIONS, ...ROUND_ACTIONS, ...USER_ACTIONS, ...SETTINGS_ACTIONS, ...TODO_ACTIONS];
const storageFor = (role: Role) => (role === 'anonymous' ? undefined : storageStateOf(role as DemoUser));
/** A browser session's requests carry the page's Origin, as a browser sends it on every fetch that changes state. */
const contextFor = (role: Role): Promise<APIRequestContext> =>
  playwrightRequest.newContext({ baseURL: BASE, storageState: storageFor(role), extraHTTPHeaders: { Origin: BASE } });
let checks = 0;

test.afterAll(() => console.log(`authorization checks: ${checks}`));

test('the matrix lists every page, route handler and server action of the app', () => {
  expect(discoverPages()).toEqual([...PAGES.map((p) => p.path), ...PUBLIC_PAGES].sort());
  expect(discoverRouteHandlers()).toEqual([...API.map((a) => a.route), ...PUBLIC_ROUTE_HANDLERS].sort());
  expect(discoverServerActions()).toEqual([...ACTIONS.map((a) => a.action), ...PUBLIC_ACTIONS].sort());
});

for (const role of ROLES) {
  test.describe(`as ${role}`, () => {
    test.use({ storageState: storageFor(role) ?? { cookies: [], origins: [] } });

    test('pages', async ({ page }) => {
      for (const rule of PAGES) {
        await page.goto(rule.visit);
        const expected = role === 'anonymous' ? 'login' : rule.allowed.includes(role) ? 'ok' : (rule.otherwise ?? 'denied');
        const where = `${role} → ${rule.visit}`;
        if (expected === 'login') await expect(page, where).toHaveURL(/\/login/);
        else if (expected.startsWith('redirect:')) await expect(page, where).toHaveURL(new RegExp(`${expected.slice(9)}$`));
        else {
          await expect(page, where).toHaveURL(new RegExp(`${rule.visit.replace(/[?]/g, '\\?')}$`));
          await expect(page.getByText('无权访问'), where).toHaveCount(expected === 'denied' ? 1 : 0);
        }
        checks += 1;
      }
    });

    test('route handlers', async () => {
      const api = await contextFor(role);
      const db = new Database(E2E_DATABASE, { readonly: true, fileMustExist: true });
      for (const rule of API) {
        const call = typeof rule.call === 'function' ? await rule.call(db) : rule.call;
        const response = await api.fetch(call.url, { method: call.method, data: call.data, multipart: call.multipart, maxRedirects: 0 });
        const expected = role === 'anonymous' ? (rule.public ? rule.status.admin : 401) : rule.status[role];
        expect(response.status(), `${role} → ${call.method} ${call.url}`).toBe(expected);
        checks += 1;
      }
      db.close();
      await api.dispose();
    });

    test('server actions', async () => {
      const api = await contextFor(role);
      const db = new Database(E2E_DATABASE, { readonly: true, fileMustExist: true });
      for (const rule of ACTIONS) {
        const before = rule.effect?.(db);
        const response = await invokeAction(api, rule.page, rule.action, await rule.args(db));
        const allowed = role !== 'anonymous' && rule.allowed.includes(role);
        const where = `${role} → ${rule.action}`;
        expect(response.status(), where).toBe(allowed ? 200 : (rule.refusedStatus ?? 200));
        if (rule.effect) expect(rule.effect(db) !== before, `${where}: changed`).toBe(allowed);
        else expect((await response.text()).includes(rule.answers), `${where}: answered “${rule.answers}”`).toBe(allowed);
        checks += 1;
      }
      db.close();
      await api.dispose();
    });
  });
}
