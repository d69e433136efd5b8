import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { storageStateOf } from './fixtures';
import { bearer, createToken, tokenCli } from './tokens';
import { E2E_DATABASE } from './test-env';

/** REST API v1 against the real server and its fresh demo database (budget year 2022). */
const DB = path.resolve(E2E_DATABASE);
const CAPITAL = '推动资本市场发展工作经费'; // owner
const PLATFORM = '广州市金融业综合业务管理平台(一期)项目'; // owner2

function entryRows(indicatorId: number, period: string): { value: number; superseded_at: string | null }[] {
  const db = new Database(DB, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare('select value, superseded_at from entries where indicator_id = ? and period = ? order by id')
      .all(indicatorId, period) as { value: number; superseded_at: string | null }[];
  } finally {
    db.close();
  }
}

async function json(response: APIResponse, status: number) {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()['content-type']).toContain('application/json');
  return response.json();
}

let tokens: Record<'owner' | 'owner2' | 'leader' | 'auditor', string>;
/** Project and indicator ids, looked up by name through the API. */
const ids = { capital: 0, platform: 0, letters: 0, listings: 0, faults: 0, backup: 0 };

async function indicatorId(request: APIRequestContext, projectId: number, name: string): Promise<number> {
  const project = await json(await request.get(`/api/v1/projects/${projectId}`, { headers: bearer(tokens.leader) }), 200);
  return project.indicators.find((i: { name: string }) => i.name === name).id;
}

test.beforeAll(async ({ request }) => {
  tokens = {
    owner: createToken('owner').secret,
    owner2: createToken('owner2').secret,
    leader: createToken('leader').secret,
    auditor: createToken('auditor').secret,
  };
  const { projects } = await json(await request.get('/api/v1/projects?year=2022', { headers: bearer(tokens.leader) }), 200);
  ids.capital = projects.find((p: { name: string }) => p.name === CAPITAL).id;
  ids.platform = projects.find((p: { name: string }) => p.name === PLATFORM).id;
  ids.letters = await indicatorId(request, ids.capital, '为企业出具上市守法证明协调函');
  ids.listings = await indicatorId(request, ids.capital, '企业上市数量');
  ids.faults = await indicatorId(request, ids.platform, '上线运行稳定可靠率');
  ids.backup = await indicatorId(request, ids.platform, '备份策略');
});

test('the token command prints only the secret; a revoked token is refused with 401', async ({ request }) => {
  const { id, secret } = createToken('owner');
  expect((await request.get('/api/v1/projects', { headers: bearer(secret) })).status()).toBe(200);
  expect(tokenCli('list', 'owner').stdout).toContain(`${id}\towner\t有效`);
  tokenCli('revoke', String(id));
  expect(tokenCli('list', 'owner').stdout).toContain(`${id}\towner\t已吊销`);
  const body = await json(await request.get('/api/v1/projects', { headers: bearer(secret) }), 401);
  expect(body.error).toBe('访问令牌已吊销');
});

test('401 without a token or with a bad one; unknown paths are 404 JSON; the OpenAPI file is served', async ({ request }) => {
  expect((await json(await request.get('/api/v1/projects?year=2022'), 401)).error).toMatch(/登录|令牌/);
  await json(await request.get('/api/v1/projects', { headers: bearer('jx_not-a-real-token') }), 401);
  await json(await request.get('/api/v1/projects', { headers: { Authorization: 'Basic b3duZXI6ZGVtbzEyMzQ=' } }), 401);
  await json(await request.put(`/api/v1/indicators/${ids.letters}/entries/2022-06`, { data: { value: 1 } }), 401);
  expect((await json(await request.get('/api/v1/nothing', { headers: bearer(tokens.leader) }), 404)).error).toContain('接口不存在');
  await json(await request.get(`/api/v1/projects/${ids.capital}/nothing`), 404);
  const spec = await json(await request.get('/api/v1/openapi.json'), 200);
  expect(spec.openapi).toBe('3.1.0');
  expect(Object.keys(spec.paths)).toContain('/api/v1/indicators/{id}/entries/{period}');
});

test.describe('with a session cookie', () => {
  test.use({ storageState: storageStateOf('owner') });

  test('the session works without a header, but a bad bearer token is still 401', async ({ request }) => {
    await json(await request.get(`/api/v1/projects/${ids.capital}`), 200);
    await json(await request.get(`/api/v1/projects/${ids.capital}`, { headers: bearer('jx_revoked-or-made-up') }), 401);
  });
});

test('the project list: exact fields, empty for a year without a table, 400 for a bad year or asOf, 403 for the auditor', async ({ request }) => {
  const headers = bearer(tokens.leader);
  const { projects } = await json(await request.get('/api/v1/projects?year=2022&asOf=2022-06', { headers }), 200);
  expect(projects).toHaveLength(34);
  const capital = projects.find((p: { id: number }) => p.id === ids.capital);
  expect(Object.keys(capital).sort()).toEqual(['amounts', 'budgetLight', 'executionRate', 'id', 'indicatorCount', 'light', 'name', 'owners'].sort());
  expect(capital).toMatchObject({ amounts: { total: 60, fiscal: 60, specialAccount: null, other: null }, owners: ['owner'], indicatorCount: 4 });
  expect(projects.find((p: { id: number }) => p.id === ids.platform).owners).toEqual(['owner2']);

  expect(await json(await request.get('/api/v1/projects?year=2030', { headers }), 200)).toEqual({ projects: [] });
  expect((await json(await request.get('/api/v1/projects?year=22', { headers }), 400)).error).toContain('年度');
  expect((await json(await request.get('/api/v1/projects?year=2022&asOf=2022-13', { headers }), 400)).error).toContain('截至月份');
  expect((await json(await request.get('/api/v1/projects?year=2022&asOf=2023-01', { headers }), 400)).error).toContain('2022 年内');
  await json(await request.get('/api/v1/projects?year=2022', { headers: bearer(tokens.auditor) }), 403);
  await json(await request.get(`/api/v1/projects/${ids.capital}`, { headers: bearer(tokens.auditor) }), 403);
  await json(await request.get('/api/v1/projects/999999', { headers }), 404);
  await json(await request.get('/api/v1/projects/abc', { headers }), 404);
});

test('an owner logs and replaces entries: ETag, If-Match, 409, history kept, ratio as a fraction', async ({ request }) => {
  const headers = bearer(tokens.owner);
  const url = (period: string) => `/api/v1/indicators/${ids.letters}/entries/${period}`;
  await json(await request.put(url('2022-05'), { headers, data: { value: 70 } }), 200);

  const first = await request.put(url('2022-06'), { headers: { ...headers, 'If-None-Match': '*' }, data: { value: 5, note: '首次' } });
  const firstBody = await json(first, 200);
  const firstEtag = first.headers()['etag'];
  expect(firstEtag).toBe(`"${firstBody.entries.at(-1).id}"`);
  await json(await request.put(url('2022-06'), { headers: { ...headers, 'If-None-Match': '*' }, data: { value: 6 } }), 409);

  const second = await request.put(url('2022-06'), { headers: { ...headers, 'If-Match': firstEtag }, data: { value: 11, forecast: 170 } });
  const indicator = await json(second, 200);
  expect(indicator).toMatchObject({
    id: ids.letters,
    target: { kind: 'quantitative', comparator: '>=', value: 180, unit: '次', direction: 'higher' },
    mode: 'cumulative',
    actual: 81,
    expected: 90,
    ratio: 0.9,
    light: 'green',
    met: false,
    stale: false,
  });
  expect(indicator.entries.map((e: { period: string; value: number }) => [e.period, e.value])).toEqual([
    ['2022-05', 70],
    ['2022-06', 11],
  ]);
  expect(indicator.entries[1]).toMatchObject({ status: null, unit: '次', forecast: 170, reasons: [], explanation: '', possibility: null, note: '', by: 'owner' });
  expect(new Date(indicator.entries[1].at).toISOString()).toBe(indicator.entries[1].at);

  const stale = await json(await request.put(url('2022-06'), { headers: { ...headers, 'If-Match': firstEtag }, data: { value: 12 } }), 409);
  expect(stale.error).toContain('11');
  expect(stale.current).toMatchObject({ period: '2022-06', value: 11, by: 'owner', id: Number(second.headers()['etag'].replaceAll('"', '')) });

  expect(entryRows(ids.letters, '2022-06').map((r) => [r.value, r.superseded_at === null])).toEqual([
    [5, false],
    [11, true],
  ]);
  const replaced = await json(await request.put(url('2022-06'), { headers, data: { value: 11, note: '无 If-Match 时直接替换' } }), 200);
  expect(replaced.entries.at(-1).note).toBe('无 If-Match 时直接替换');
  expect(entryRows(ids.letters, '2022-06')).toHaveLength(3);

  const project = await json(await request.get(`/api/v1/projects/${ids.capital}?asOf=2022-06`, { headers }), 200);
  expect(project.indicators.find((i: { id: number }) => i.id === ids.letters)).toMatchObject({ actual: 81, ratio: 0.9 });
  const december = await json(await request.get(`/api/v1/projects/${ids.capital}?asOf=2022-12`, { headers }), 200);
  expect(december.indicators.find((i: { id: number }) => i.id === ids.letters)).toMatchObject({ expected: 180, ratio: 0.45, light: 'red' });
  const may = await json(await request.get(`/api/v1/projects/${ids.capital}?asOf=2022-05`, { headers }), 200);
  expect(may.indicators.find((i: { id: number }) => i.id === ids.letters).entries).toHaveLength(1);
});

test('bad entries: 400 in Chinese, 403 for another owner’s project, 404 for an unknown indicator, 422 without deviation reasons', async ({ request }) => {
  const headers = bearer(tokens.owner);
  const url = `/api/v1/indicators/${ids.listings}/entries/2022-06`;
  expect((await json(await request.put(`/api/v1/indicators/${ids.listings}/entries/2023-01`, { headers, data: { value: 1 } }), 400)).error).toContain('2022 年内');
  expect((await json(await request.put(`/api/v1/indicators/${ids.listings}/entries/2022-13`, { headers, data: { value: 1 } }), 400)).error).toContain('月份');
  expect((await json(await request.put(url, { headers: { ...headers, 'Content-Type': 'application/json' }, data: '{"value": 1' }), 400)).error).toContain('JSON');
  expect((await json(await request.put(url, { headers: { ...headers, 'Content-Type': 'application/json' }, data: '[1]' }), 400)).error).toContain('JSON 对象');
  const big = JSON.stringify({ value: 1, note: 'x'.repeat(70_000) });
  expect((await json(await request.put(url, { headers: { ...headers, 'Content-Type': 'application/json' }, data: big }), 413)).error).toBe('请求体过大（上限 64 KB）');
  expect((await json(await request.put(url, { headers, data: { value: '三' } }), 400)).error).toBe('完成值应为数字');
  expect((await json(await request.put(url, { headers, data: { value: 1, possibility: '也许' } }), 400)).error).toContain('确定能');
  expect((await json(await request.put(url, { headers, data: { valeu: 1 } }), 400)).error).toContain('未知字段');
  expect((await json(await request.put(url, { headers: { ...headers, 'If-Match': 'abc' }, data: { value: 1 } }), 400)).error).toContain('If-Match');

  expect((await json(await request.put(`/api/v1/indicators/${ids.faults}/entries/2022-06`, { headers, data: { value: 0.5 } }), 403)).error).toContain('负责人');
  await json(await request.put(`/api/v1/indicators/${ids.letters}/entries/2022-07`, { headers: bearer(tokens.leader), data: { value: 1 } }), 403);
  expect((await json(await request.put('/api/v1/indicators/999999/entries/2022-06', { headers, data: { value: 1 } }), 404)).error).toBe('指标不存在');

  const missing = await json(await request.put(url, { headers, data: { value: 1 } }), 422);
  expect(missing.error).toContain('偏差原因为必填项');
  expect(entryRows(ids.listings, '2022-06')).toHaveLength(0);
  const explained = await json(
    await request.put(url, { headers, data: { value: 1, reasons: ['经费保障', '其他'], explanation: '上市审核周期延长', possibility: '有可能' } }),
    200,
  );
  expect(explained).toMatchObject({ light: 'red', actual: 1, expected: 7.5 });
  expect(explained.ratio).toBeCloseTo(1 / 7.5, 9);
  expect(explained.entries[0]).toMatchObject({ reasons: ['经费保障', '其他'], explanation: '上市审核周期延长', possibility: '有可能' });

  // A project's light is its worst indicator's: 1 listing of the 7.5 due by June (v ≈ 0.13, below 0.6) makes the
  // project red whatever its other indicators show.
  const { projects } = await json(await request.get('/api/v1/projects?year=2022&asOf=2022-06', { headers }), 200);
  expect(projects.find((p: { id: number }) => p.id === ids.capital).light).toBe('red');
});

test('a reverse and a qualitative indicator of owner2', async ({ request }) => {
  const headers = bearer(tokens.owner2);
  const faults = await json(await request.put(`/api/v1/indicators/${ids.faults}/entries/2022-06`, { headers, data: { value: 0.5 } }), 200);
  expect(faults).toMatchObject({ target: { comparator: '<=', value: 1, unit: '%', direction: 'lower' }, mode: 'level', actual: 0.5, light: 'green', met: true });
  const backup = await json(await request.put(`/api/v1/indicators/${ids.backup}/entries/2022-06`, { headers, data: { status: '达成' } }), 200);
  expect(backup).toMatchObject({ target: { kind: 'qualitative' }, actual: '达成', light: 'green', ratio: null });
  expect(backup.entries[0]).toMatchObject({ status: '达成', value: null, by: 'owner2' });
});

test('budget execution: the project comes back with the execution rate as a fraction', async ({ request }) => {
  const headers = bearer(tokens.owner);
  const url = `/api/v1/projects/${ids.capital}/executions/2022-06`;
  const project = await json(await request.put(url, { headers, data: { amount: 27 } }), 200);
  expect(project).toMatchObject({ id: ids.capital, executionRate: 0.45, budgetLight: 'green', indicatorCount: 4 });
  expect(project.indicators).toHaveLength(4);
  expect((await json(await request.put(url, { headers, data: { amount: -1 } }), 400)).error).toContain('不能为负数');
  expect((await json(await request.put(url, { headers, data: {} }), 400)).error).toContain('执行数');
  await json(await request.put(url, { headers: bearer(tokens.owner2), data: { amount: 1 } }), 403);
  await json(await request.put('/api/v1/projects/999999/executions/2022-06', { headers, data: { amount: 1 } }), 404);
  const { projects } = await json(await request.get('/api/v1/projects?year=2022&asOf=2022-06', { headers }), 200);
  expect(projects.find((p: { id: number }) => p.id === ids.capital).executionRate).toBe(0.45);
});
