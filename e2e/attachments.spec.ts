import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { openDb } from '../db/client';
import { importSmallDepartment, SMALL_PASSWORD } from '../test/support/small-department';
import { indicatorCard, loginAs, storageStateOf } from './fixtures';
import { bearer, createToken } from './tokens';
import { E2E_DATA_DIR, E2E_DATABASE } from './test-env';

/**
 * 佐证材料 of 保险业服务实体经济工作经费 (owner's; no other spec writes it): its qualitative indicator's June entry.
 * A user of another department comes from the small department (test/support/small-department.ts).
 */
const PROJECT = '保险业服务实体经济工作经费';
const INDICATOR = '进一步做好招商引资、产融对接等工作';
const SURVEY = fs.readFileSync('test/fixtures/attachments/survey.pdf');
const NAME = '满意度调查报告（6月）.pdf';
const WRONG_TYPE = '文件类型不受支持：只能上传 pdf、png、jpg、docx、xlsx 文件，类型按文件内容判断，改扩展名无效';
const TOO_LARGE = '文件超过 20 MB 的上限，请压缩或拆分后再上传';

test.describe.configure({ mode: 'serial' });

let projectId = 0;
let indicatorId = 0;
let owner: Record<string, string>;

test.beforeAll(async ({ request }) => {
  const db = openDb(E2E_DATABASE);
  importSmallDepartment(db);
  db.$client.close();
  owner = bearer(createToken('owner').secret);
  const { projects } = await (await request.get('/api/v1/projects?year=2022', { headers: owner })).json();
  projectId = projects.find((p: { name: string }) => p.name === PROJECT).id;
  const detail = await (await request.get(`/api/v1/projects/${projectId}`, { headers: owner })).json();
  indicatorId = detail.indicators.find((i: { name: string }) => i.name === INDICATOR).id;
  expect((await request.put(`/api/v1/indicators/${indicatorId}/entries/2022-06`, { headers: owner, data: { status: '达成' } })).status()).toBe(200);
});

const junePanel = (page: Page) => indicatorCard(page, INDICATOR).getByRole('region', { name: '2022年6月佐证材料' });

async function choose(page: Page, name: string, buffer: Buffer) {
  await junePanel(page).getByLabel('为2022年6月的填报选择佐证材料').setInputFiles({ name, mimeType: 'application/pdf', buffer });
  await junePanel(page).getByRole('button', { name: '上传' }).click();
}

test.describe('the owner', () => {
  test.use({ storageState: storageStateOf('owner') });

  test('attaches a file to June’s entry; a renamed executable and an oversized file are refused', async ({ page }) => {
    await page.goto(`/projects/${projectId}?asOf=2022-06&fill=${indicatorId}`);
    await expect(junePanel(page).getByText('尚无佐证材料。')).toBeVisible();
    await choose(page, NAME, SURVEY);
    await expect(junePanel(page).getByRole('status')).toHaveText(`已上传「${NAME}」`);
    const item = junePanel(page).getByRole('listitem');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(NAME);
    await expect(item).toContainText('82.8 KB'); // 84,774 bytes / 1024
    await expect(indicatorCard(page, INDICATOR).locator('summary', { hasText: '填报与历史' })).toContainText('佐证材料 1 份');

    await choose(page, '调查报告.pdf', fs.readFileSync('test/fixtures/attachments/elf-executable.pdf'));
    await expect(junePanel(page).getByRole('status')).toHaveText(WRONG_TYPE);
    await choose(page, '扫描件.pdf', Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(20 * 1024 * 1024)]));
    await expect(junePanel(page).getByRole('status')).toHaveText(TOO_LARGE);
    await page.reload();
    await expect(junePanel(page).getByRole('listitem')).toHaveCount(1);
  });
});

test.describe('through the owner’s cookie', () => {
  test.use({ storageState: storageStateOf('owner') });

  test('an upload from another site, or without an Origin, is refused (403) and stores nothing', async ({ request }) => {
    const url = `/api/v1/indicators/${indicatorId}/entries/2022-06/attachments`;
    const multipart = { file: { name: '跨站.pdf', mimeType: 'application/pdf', buffer: SURVEY } };
    const count = () => {
      const db = new Database(E2E_DATABASE, { readonly: true });
      const n = db.prepare("select count(*) from attachments where name = '跨站.pdf'").pluck().get();
      db.close();
      return n;
    };
    const foreign = await request.post(url, { headers: { Origin: 'http://evil.example' }, multipart });
    expect(foreign.status()).toBe(403);
    expect(await foreign.json()).toEqual({ error: '跨站请求被拒绝：请从本系统的页面操作' });
    expect((await request.post(url, { multipart })).status()).toBe(403);
    expect(count()).toBe(0);
  });

  test('attaches a survey to a 自评 line from the 自评 page', async ({ page }) => {
    await page.goto(`/projects/${projectId}/self-evaluation`);
    const line = page.getByRole('article').filter({ has: page.getByRole('heading', { name: INDICATOR }) });
    await line.locator('summary', { hasText: '佐证材料（0）' }).click();
    await line.getByLabel(`为「${INDICATOR}」选择佐证材料`).setInputFiles('test/fixtures/attachments/survey.png');
    await line.getByRole('button', { name: '上传' }).click();
    await expect(line.getByRole('status')).toHaveText('已上传「survey.png」');
    await expect(line.getByRole('listitem')).toContainText('survey.png');
    await expect(line.getByRole('listitem')).toContainText('8.5 KB'); // 8,706 bytes / 1024
    await expect(line.locator('summary', { hasText: '佐证材料（1）' })).toBeVisible();
  });
});

test('the API refuses an oversized body (413) and a renamed executable (415) with the Chinese message', async ({ request }) => {
  const url = `/api/v1/indicators/${indicatorId}/entries/2022-06/attachments`;
  const big = await request.post(url, { headers: owner, multipart: { file: { name: 'big.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(21 * 1024 * 1024) } } });
  expect(big.status()).toBe(413);
  expect(await big.json()).toEqual({ error: TOO_LARGE });
  const elf = await request.post(url, { headers: owner, multipart: { file: { name: '报告.pdf', mimeType: 'application/pdf', buffer: fs.readFileSync('test/fixtures/attachments/elf-executable.pdf') } } });
  expect(elf.status()).toBe(415);
  expect(await elf.json()).toEqual({ error: WRONG_TYPE });
});

test.describe('the leader', () => {
  test.use({ storageState: storageStateOf('leader') });

  test('downloads the file: the same bytes, as an attachment with its type and nosniff', async ({ page }) => {
    await page.goto(`/projects/${projectId}?asOf=2022-06`);
    const card = indicatorCard(page, INDICATOR);
    await card.locator('summary', { hasText: '填报历史' }).click();
    const link = card.getByRole('region', { name: '佐证材料' }).getByRole('link', { name: NAME });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(NAME);
    expect(fs.readFileSync((await download.path())!).equals(SURVEY)).toBe(true);

    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="attachment-${/\d+$/.exec((await link.getAttribute('href'))!)![0]}.pdf"; filename*=UTF-8''${encodeURIComponent(NAME).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`);
    expect((await response.body()).equals(SURVEY)).toBe(true);
  });
});

test('a user of another department is refused the file (403)', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, 'small-leader', SMALL_PASSWORD);
  const db = new Database(E2E_DATABASE, { readonly: true });
  const id = db.prepare('select id from attachments where indicator_id = ? and name = ?').pluck().get(indicatorId, NAME) as number;
  db.close();
  const response = await page.request.get(`/api/v1/attachments/${id}`);
  expect(response.status()).toBe(403);
  expect(await response.json()).toEqual({ error: '无权查看该项目' });
});

test.describe('the owner again', () => {
  test.use({ storageState: storageStateOf('owner') });

  test('removes the file: gone from the page and the disk, audited with its name, size and hash', async ({ page }) => {
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`/projects/${projectId}?asOf=2022-06&fill=${indicatorId}`);
    await junePanel(page).getByRole('button', { name: `删除 ${NAME}` }).click();
    await expect(junePanel(page).getByRole('status')).toHaveText(`已删除「${NAME}」`);
    await expect(junePanel(page).getByText('尚无佐证材料。')).toBeVisible();

    const sha256 = createHash('sha256').update(SURVEY).digest('hex');
    const db = new Database(E2E_DATABASE, { readonly: true });
    const removal = db.prepare("select before from audit_log where action = 'attachment.remove' and entity = 'indicator' and entity_id = ? order by id desc limit 1").pluck().get(String(indicatorId)) as string;
    const others = db.prepare('select count(*) from attachments where sha256 = ?').pluck().get(sha256) as number;
    db.close();
    expect(JSON.parse(removal)).toMatchObject({ indicatorId, period: '2022-06', name: NAME, size: SURVEY.length, type: 'application/pdf', sha256 });
    expect(fs.existsSync(`${E2E_DATA_DIR}/attachments/${sha256.slice(0, 2)}/${sha256}`)).toBe(others > 0);
  });
});
