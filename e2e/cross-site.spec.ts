import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { storageStateOf } from './fixtures';
import { E2E_DATABASE, E2E_PORT } from './test-env';

/**
 * A page on another site can make the owner's browser send a request with the owner's cookie, but not with the app's
 * Origin: cookie-authenticated writes need a same-origin Origin and a JSON body, and the refusal is audited.
 * Project 1 (优化营商环境工作经费) belongs to `owner`; its indicator 4 is 会议数（次）.
 */
test.use({ storageState: storageStateOf('owner') });

const APP = `http://127.0.0.1:${E2E_PORT}`;
const URL = '/api/v1/indicators/4/entries/2022-03';
/** Valid whatever light it gives (other specs may have changed the target): the deviation fields are filled in. */
const ENTRY = { value: 1, reasons: ['其他'], explanation: '跨站测试', possibility: '有可能' };

function scalar(sql: string): unknown {
  const db = new Database(E2E_DATABASE, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).pluck().get();
  } finally {
    db.close();
  }
}

const entryCount = () => scalar("select count(*) from entries where indicator_id = 4 and period = '2022-03'");

test('a cookie-authenticated write from another site, or of a form body, is refused and audited', async ({ request }) => {
  const before = entryCount();
  const foreign = await request.put(URL, { headers: { Origin: 'http://evil.example' }, data: ENTRY });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error).toContain('跨站请求被拒绝');
  expect((await request.put(URL, { data: ENTRY })).status()).toBe(403);
  const plain = await request.put(URL, { headers: { Origin: APP, 'Content-Type': 'text/plain' }, data: JSON.stringify(ENTRY) });
  expect(plain.status()).toBe(415);
  expect((await plain.json()).error).toContain('application/json');
  expect(entryCount()).toBe(before);
  expect(scalar("select count(*) from audit_log where action = 'access.denied' and entity_id like 'PUT /api/v1/indicators/%' and username = 'owner'")).toBeGreaterThanOrEqual(2);

  const own = await request.put(URL, { headers: { Origin: APP }, data: ENTRY });
  expect(own.status(), await own.text()).toBe(200);
  expect(entryCount()).toBe(Number(before) + 1);
});
