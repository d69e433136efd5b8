import Database from 'better-sqlite3';
import fs from 'node:fs';
import { expect, test, type APIResponse } from '@playwright/test';
import { lockJanuary, lockedAttachment, submitSelfEvaluationOf } from './attachment-db';
import { isKeptRoundMonth } from './round-months';
import { openApiResponses, type ResponseKey } from '../test/support/openapi-validator';
import { closedReminderRound, reminderRound } from './authz/matrix-round';
import { bearer, createToken } from './tokens';
import { storageStateOf } from './fixtures';
import { E2E_DATABASE, E2E_PORT } from './test-env';

/**
 * Real responses of every documented operation — successes and each documented error — checked against the document
 * the server serves. The writes go to a project no other spec uses (金融交流合作, owner's): entries in September and
 * October, and target changes of two of its indicators.
 */
const PROJECT = '金融交流合作';
const MONTH = '2022-09';
const EXPLAINED = { reasons: ['其他'], explanation: '接口文档校验', possibility: '有可能' };
const TOO_LARGE = JSON.stringify({ value: 1, note: 'x'.repeat(70_000) });

test.describe.configure({ mode: 'serial' });

type Responses = ReturnType<typeof openApiResponses>;
let responses: Responses;
const seen = new Set<ResponseKey>();
let tokens: Record<'owner' | 'leader' | 'auditor' | 'admin', Record<string, string>>;

/** Checks one real response: its status, and its JSON body (or the file's type) as the document declares it. */
async function check(operation: string, response: APIResponse, status: number) {
  expect(response.status(), `${operation}: ${await response.text()}`).toBe(status);
  const key = `${operation} ${status}` as ResponseKey;
  const type = response.headers()['content-type'] ?? '';
  if (!type.startsWith('application/json')) {
    expect(responses.fileTypes(key).some((documented) => type.startsWith(documented)), `${key}: ${type}`).toBe(true);
    return;
  }
  expect(responses.problems(key, await response.json()), key).toEqual([]);
  seen.add(key);
}

test.beforeAll(async ({ request }) => {
  const served = await request.get('/api/v1/openapi.json');
  expect(served.status()).toBe(200);
  responses = openApiResponses(await served.json());
  tokens = {
    owner: bearer(createToken('owner').secret),
    leader: bearer(createToken('leader').secret),
    auditor: bearer(createToken('auditor').secret),
    admin: bearer(createToken('admin').secret),
  };
});

test('every documented JSON response of the API matches the served document', async ({ request }) => {
  const { owner, leader, auditor } = tokens;
  const get = (url: string, headers: Record<string, string> = {}) => request.get(url, { headers });

  await check('GET /api/v1/openapi.json', await get('/api/v1/openapi.json'), 200);

  const LIST = 'GET /api/v1/projects';
  const listed = await get('/api/v1/projects?year=2022&asOf=2022-06', leader);
  await check(LIST, listed, 200);
  await check(LIST, await get('/api/v1/projects?year=22', leader), 400);
  await check(LIST, await get('/api/v1/projects?year=2022'), 401);
  await check(LIST, await get('/api/v1/projects?year=2022', auditor), 403);
  const projectId: number = (await listed.json()).projects.find((p: { name: string }) => p.name === PROJECT).id;

  const ONE = 'GET /api/v1/projects/{id}';
  const project = await get(`/api/v1/projects/${projectId}?asOf=${MONTH}`, leader);
  await check(ONE, project, 200);
  await check(ONE, await get(`/api/v1/projects/${projectId}?asOf=2023-01`, leader), 400);
  await check(ONE, await get(`/api/v1/projects/${projectId}`), 401);
  await check(ONE, await get(`/api/v1/projects/${projectId}`, auditor), 403);
  await check(ONE, await get('/api/v1/projects/999999', leader), 404);
  // A positive quantitative indicator: nothing done by September is red, so a bare 0 needs its deviation reasons (422).
  const indicators: { id: number; target: { kind: string; direction: string | null; value: number | null } }[] = (await project.json()).indicators;
  const indicator = indicators.find((i) => i.target.kind === 'quantitative' && i.target.direction === 'higher' && (i.target.value ?? 0) > 0)!;
  const indicatorId = indicator.id;

  const OVERVIEW = 'GET /api/v1/overview';
  await check(OVERVIEW, await get(`/api/v1/overview?year=2022&asOf=${MONTH}`, leader), 200);
  await check(OVERVIEW, await get('/api/v1/overview?asOf=2022-13', leader), 400);
  await check(OVERVIEW, await get('/api/v1/overview?year=2022'), 401);
  await check(OVERVIEW, await get('/api/v1/overview?year=2022', auditor), 403);
  await check(OVERVIEW, await get('/api/v1/overview?year=2030', leader), 404);

  const WORKBOOK = 'GET /api/v1/exports/monitoring.xlsx';
  await check(WORKBOOK, await get(`/api/v1/exports/monitoring.xlsx?year=2022&project=${projectId}`, leader), 200);
  await check(WORKBOOK, await get('/api/v1/exports/monitoring.xlsx?year=x', leader), 400);
  await check(WORKBOOK, await get('/api/v1/exports/monitoring.xlsx?year=2022'), 401);
  await check(WORKBOOK, await get('/api/v1/exports/monitoring.xlsx?year=2022', auditor), 403);
  await check(WORKBOOK, await get('/api/v1/exports/monitoring.xlsx?year=2022&project=999999', leader), 404);

  const LIST_FILE = 'GET /api/v1/exports/projects';
  await check(LIST_FILE, await get('/api/v1/exports/projects?format=csv&year=2022', leader), 200);
  await check(LIST_FILE, await get('/api/v1/exports/projects?format=pdf&year=2022', leader), 400);
  await check(LIST_FILE, await get('/api/v1/exports/projects?format=csv&year=2022'), 401);
  await check(LIST_FILE, await get('/api/v1/exports/projects?format=csv&year=2022', auditor), 403);

  const ENTRY = 'PUT /api/v1/indicators/{id}/entries/{period}';
  const entryUrl = (id: number | string = indicatorId, period = MONTH) => `/api/v1/indicators/${id}/entries/${period}`;
  const put = (url: string, headers: Record<string, string>, data: unknown) => request.put(url, { headers, data });
  const json = { 'Content-Type': 'application/json' };
  await check(ENTRY, await put(entryUrl(), owner, { value: 0 }), 422);
  await check(ENTRY, await put(entryUrl(), owner, { value: 1, ...EXPLAINED }), 200);
  // Far above the annual target: refused as implausible (422 with its code and warnings) until confirmed.
  const implausible = await put(entryUrl(indicatorId, '2022-10'), owner, { value: indicator.target.value! * 100, ...EXPLAINED });
  await check(ENTRY, implausible, 422);
  expect(await implausible.json()).toMatchObject({ code: 'implausible' });
  await check(ENTRY, await put(entryUrl(), { ...owner, 'If-None-Match': '*' }, { value: 2, ...EXPLAINED }), 409);
  await check(ENTRY, await put(entryUrl(), owner, { valeu: 1 }), 400);
  await check(ENTRY, await put(entryUrl(), {}, { value: 1 }), 401);
  await check(ENTRY, await put(entryUrl(), leader, { value: 1 }), 403);
  await check(ENTRY, await put(entryUrl(999999), owner, { value: 1 }), 404);
  await check(ENTRY, await put(entryUrl(), { ...owner, ...json }, TOO_LARGE), 413);

  const EXECUTION = 'PUT /api/v1/projects/{id}/executions/{period}';
  const executionUrl = (id: number = projectId) => `/api/v1/projects/${id}/executions/${MONTH}`;
  await check(EXECUTION, await put(executionUrl(), owner, { amount: 3 }), 200);
  await check(EXECUTION, await put(executionUrl(), { ...owner, 'If-None-Match': '*' }, { amount: 4 }), 409);
  await check(EXECUTION, await put(executionUrl(), owner, { amount: -1 }), 400);
  await check(EXECUTION, await put(executionUrl(), owner, { amount: 1e9 }), 422);
  await check(EXECUTION, await put(executionUrl(), {}, { amount: 1 }), 401);
  await check(EXECUTION, await put(executionUrl(), leader, { amount: 1 }), 403);
  await check(EXECUTION, await put(executionUrl(999999), owner, { amount: 1 }), 404);
  await check(EXECUTION, await put(executionUrl(), { ...owner, ...json }, TOO_LARGE.replace('"value"', '"amount"')), 413);
});

test('the 目标调整 operations answer as the document says', async ({ request }) => {
  const { owner, leader, admin } = tokens;
  const post = (url: string, headers: Record<string, string>, data: unknown) => request.post(url, { headers, data });
  const listed = await (await request.get('/api/v1/projects?year=2022', { headers: leader })).json();
  const projectId: number = listed.projects.find((p: { name: string }) => p.name === PROJECT).id;
  const detail = await (await request.get(`/api/v1/projects/${projectId}`, { headers: leader })).json();
  type Indicator = { id: number; mode: string; plannedPeriod: string | null; target: { kind: string; value: number | null }; pendingTargetChange: unknown };
  const [first, second] = (detail.indicators as Indicator[]).filter((i) => i.target.kind === 'quantitative' && (i.target.value ?? 0) > 0 && !i.pendingTargetChange);
  const proposalOf = (i: Indicator) => ({ ...i.target, mode: i.mode, plannedPeriod: i.plannedPeriod, value: i.target.value! * 2, reason: '接口文档校验' });

  const PROPOSE = 'POST /api/v1/indicators/{id}/target-changes';
  const proposeUrl = (id: number) => `/api/v1/indicators/${id}/target-changes`;
  const proposed = await post(proposeUrl(first!.id), owner, proposalOf(first!));
  await check(PROPOSE, proposed, 201);
  await check(PROPOSE, await post(proposeUrl(first!.id), owner, proposalOf(first!)), 409);
  await check(PROPOSE, await post(proposeUrl(second!.id), owner, { ...proposalOf(second!), reason: '' }), 400);
  await check(PROPOSE, await post(proposeUrl(second!.id), {}, proposalOf(second!)), 401);
  await check(PROPOSE, await post(proposeUrl(second!.id), leader, proposalOf(second!)), 403);
  await check(PROPOSE, await post(proposeUrl(999999), owner, proposalOf(second!)), 404);
  await check(PROPOSE, await post(proposeUrl(second!.id), owner, { ...proposalOf(second!), reason: 'x'.repeat(70_000) }), 413);

  const decide = (decision: 'approve' | 'reject', id: number) => `/api/v1/target-changes/${id}/${decision}`;
  const approveId: number = (await proposed.json()).id;
  const APPROVE = 'POST /api/v1/target-changes/{id}/approve';
  await check(APPROVE, await post(decide('approve', approveId), admin, { commnet: '同意' }), 400);
  await check(APPROVE, await post(decide('approve', approveId), {}, { comment: '同意' }), 401);
  await check(APPROVE, await post(decide('approve', approveId), owner, { comment: '同意' }), 403);
  await check(APPROVE, await post(decide('approve', 999999), admin, { comment: '同意' }), 404);
  await check(APPROVE, await post(decide('approve', approveId), admin, { comment: 'x'.repeat(70_000) }), 413);
  await check(APPROVE, await post(decide('approve', approveId), admin, { comment: '同意' }), 200);
  await check(APPROVE, await post(decide('approve', approveId), admin, { comment: '同意' }), 409);

  const rejectId: number = (await (await post(proposeUrl(second!.id), owner, proposalOf(second!))).json()).id;
  const REJECT = 'POST /api/v1/target-changes/{id}/reject';
  await check(REJECT, await post(decide('reject', rejectId), admin, {}), 400);
  await check(REJECT, await post(decide('reject', rejectId), {}, { comment: '依据不足' }), 401);
  await check(REJECT, await post(decide('reject', rejectId), owner, { comment: '依据不足' }), 403);
  await check(REJECT, await post(decide('reject', 999999), admin, { comment: '依据不足' }), 404);
  await check(REJECT, await post(decide('reject', rejectId), admin, { comment: 'x'.repeat(70_000) }), 413);
  await check(REJECT, await post(decide('reject', rejectId), admin, { comment: '依据不足' }), 200);
  await check(REJECT, await post(decide('reject', rejectId), admin, { comment: '依据不足' }), 409);
});

/** The 自评 of a project no other spec evaluates (owner's; four 产出 counts, nothing entered: every line scores 0). */
const EVALUATED = '发展和监管小贷公司典当行及融担公司工作经费';

async function evaluatedProjectId(request: import('@playwright/test').APIRequestContext, headers: Record<string, string>): Promise<number> {
  const { projects } = await (await request.get('/api/v1/projects?year=2022', { headers })).json();
  return projects.find((p: { name: string }) => p.name === EVALUATED).id;
}

test('every documented response of the 自评 operations matches the served document', async ({ request }) => {
  const { owner, leader, auditor, admin } = tokens;
  const projectId = await evaluatedProjectId(request, leader);
  const base = (id: number = projectId) => `/api/v1/projects/${id}/self-evaluation`;
  const json = { 'Content-Type': 'application/json' };
  const big = JSON.stringify({ comment: 'x'.repeat(70_000) });

  const GET = 'GET /api/v1/projects/{id}/self-evaluation';
  const evaluation = await request.get(base(), { headers: leader });
  await check(GET, evaluation, 200);
  await check(GET, await request.get(base()), 401);
  await check(GET, await request.get(base(), { headers: auditor }), 403);
  await check(GET, await request.get(base(999999), { headers: leader }), 404);
  const lines: { indicatorId: number }[] = (await evaluation.json()).lines;

  const PUT = 'PUT /api/v1/projects/{id}/self-evaluation';
  await check(PUT, await request.put(base(), { headers: owner, data: { goalActual: '接口文档校验' } }), 200);
  await check(PUT, await request.put(base(), { headers: owner, data: { adjustedBudget: -1 } }), 400);
  await check(PUT, await request.put(base(), { data: {} }), 401);
  await check(PUT, await request.put(base(), { headers: leader, data: {} }), 403);
  await check(PUT, await request.put(base(999999), { headers: owner, data: {} }), 404);
  await check(PUT, await request.put(base(), { headers: { ...owner, ...json }, data: big }), 413);

  const LINE = 'PUT /api/v1/projects/{id}/self-evaluation/lines/{indicatorId}';
  const line = (id: number = lines[0]!.indicatorId) => `${base()}/lines/${id}`;
  await check(LINE, await request.put(line(), { headers: owner, data: { score: 5, reason: '定量指标不可调整' } }), 422);
  await check(LINE, await request.put(line(), { headers: owner, data: { grade: 'A' } }), 400);
  await check(LINE, await request.put(line(), { data: {} }), 401);
  await check(LINE, await request.put(line(), { headers: leader, data: {} }), 403);
  await check(LINE, await request.put(line(999999), { headers: owner, data: {} }), 404);
  await check(LINE, await request.put(line(), { headers: { ...owner, ...json }, data: big }), 413);

  const SUBMIT = 'POST /api/v1/projects/{id}/self-evaluation/submit';
  await check(SUBMIT, await request.post(`${base()}/submit`, { headers: owner }), 422);
  for (const { indicatorId } of lines) await check(LINE, await request.put(line(indicatorId), { headers: owner, data: { analysis: '年内未开展检查，明年一季度补做' } }), 200);
  await check(PUT, await request.put(base(), { headers: owner, data: { budgetAnalysis: '资金未拨付' } }), 200);
  await check(SUBMIT, await request.post(`${base()}/submit`), 401);
  await check(SUBMIT, await request.post(`${base()}/submit`, { headers: leader }), 403);
  await check(SUBMIT, await request.post(`${base(999999)}/submit`, { headers: owner }), 404);
  await check(SUBMIT, await request.post(`${base()}/submit`, { headers: owner }), 200);
  await check(SUBMIT, await request.post(`${base()}/submit`, { headers: owner }), 409);
  await check(PUT, await request.put(base(), { headers: owner, data: {} }), 409);
  await check(LINE, await request.put(line(), { headers: owner, data: {} }), 409);

  for (const step of ['return', 'approve', 'reopen'] as const) {
    const key = `POST /api/v1/projects/{id}/self-evaluation/${step}`;
    const url = (id: number = projectId) => `${base(id)}/${step}`;
    const reviewer = step === 'reopen' ? admin : leader;
    await check(key, await request.post(url(), { headers: reviewer, data: { nothing: 1 } }), 400);
    await check(key, await request.post(url(), { data: {} }), 401);
    await check(key, await request.post(url(), { headers: owner, data: {} }), 403);
    await check(key, await request.post(url(999999), { headers: reviewer, data: {} }), 404);
    await check(key, await request.post(url(), { headers: { ...reviewer, ...json }, data: big }), 413);
    const body = step === 'reopen' ? { reason: '接口文档校验' } : { comment: '接口文档校验' };
    await check(key, await request.post(url(), { headers: reviewer, data: body }), 200);
    await check(key, await request.post(url(), { headers: reviewer, data: body }), 409);
    // Returned and reopened ones go back to the owner, who submits again; the approved one is reopened next.
    if (step !== 'approve') await check(SUBMIT, await request.post(`${base()}/submit`, { headers: owner }), 200);
  }

  const FILE = 'GET /api/v1/exports/self-evaluation.xlsx';
  await check(FILE, await request.get(`/api/v1/exports/self-evaluation.xlsx?project=${projectId}`, { headers: leader }), 200);
  await check(FILE, await request.get('/api/v1/exports/self-evaluation.xlsx?project=x', { headers: leader }), 400);
  await check(FILE, await request.get(`/api/v1/exports/self-evaluation.xlsx?project=${projectId}`), 401);
  await check(FILE, await request.get(`/api/v1/exports/self-evaluation.xlsx?project=${projectId}`, { headers: auditor }), 403);
  await check(FILE, await request.get('/api/v1/exports/self-evaluation.xlsx?project=999999', { headers: leader }), 404);
});

/** A month of 2022 without a round of 金融交流合作's department (other specs open some of the others; e2e/round-months.ts). */
function roundPlace(): { departmentId: number; projectId: number; period: string } {
  const db = new Database(E2E_DATABASE, { readonly: true, fileMustExist: true });
  try {
    const { departmentId, projectId } = db
      .prepare('select b.department_id departmentId, p.id projectId from projects p join budget_years b on b.id = p.budget_year_id where p.name = ?')
      .get(PROJECT) as { departmentId: number; projectId: number };
    const used = db.prepare('select r.period from monitoring_rounds r join budget_years b on b.id = r.budget_year_id where b.department_id = ?').pluck().all(departmentId);
    const period = ['2022-08', '2022-07', '2022-06', '2022-05'].find((p) => !used.includes(p) && !isKeptRoundMonth(p))!;
    return { departmentId, projectId, period };
  } finally {
    db.close();
  }
}

test('every documented response of the 监控轮次 operations, and the 423 of a locked month, match the served document', async ({ request }) => {
  const { owner, leader, auditor, admin } = tokens;
  const { departmentId, projectId, period } = roundPlace();
  const json = { 'Content-Type': 'application/json' };
  const big = JSON.stringify({ comment: 'x'.repeat(70_000) });
  const post = (url: string, headers: Record<string, string> = {}, data?: unknown) => request.post(url, { headers, ...(data !== undefined && { data }) });

  const LIST = 'GET /api/v1/rounds';
  await check(LIST, await request.get('/api/v1/rounds?year=2022', { headers: leader }), 200);
  await check(LIST, await request.get('/api/v1/rounds?year=22', { headers: leader }), 400);
  await check(LIST, await request.get('/api/v1/rounds?year=2022'), 401);
  await check(LIST, await request.get('/api/v1/rounds?year=2022', { headers: auditor }), 403);

  const OPEN = 'POST /api/v1/rounds';
  const body = { year: 2022, departmentId, period, deadline: '2022-12-31', official: false };
  await check(OPEN, await post('/api/v1/rounds', admin, { ...body, deadline: '2022-02-30' }), 400);
  await check(OPEN, await post('/api/v1/rounds', {}, body), 401);
  await check(OPEN, await post('/api/v1/rounds', leader, body), 403);
  await check(OPEN, await post('/api/v1/rounds', admin, { ...body, departmentId: 999999 }), 404);
  await check(OPEN, await post('/api/v1/rounds', { ...admin, ...json }, big), 413);
  const opened = await post('/api/v1/rounds', admin, body);
  await check(OPEN, opened, 201);
  await check(OPEN, await post('/api/v1/rounds', admin, body), 409);
  const roundId: number = (await opened.json()).id;
  const base = (id: number = roundId, project: number = projectId) => `/api/v1/rounds/${id}/projects/${project}`;

  const ONE = 'GET /api/v1/rounds/{id}/projects/{projectId}';
  await check(ONE, await request.get(base(), { headers: leader }), 200);
  await check(ONE, await request.get(base()), 401);
  await check(ONE, await request.get(base(), { headers: auditor }), 403);
  await check(ONE, await request.get(base(999999), { headers: leader }), 404);

  const SUBMIT = 'POST /api/v1/rounds/{id}/projects/{projectId}/submit';
  await check(SUBMIT, await post(`${base()}/submit`, owner), 422);
  const { indicators } = await (await request.get(`/api/v1/projects/${projectId}?asOf=${period}`, { headers: owner })).json();
  for (const { id } of indicators as { id: number }[]) {
    await check('PUT /api/v1/indicators/{id}/entries/{period}', await request.put(`/api/v1/indicators/${id}/entries/${period}`, { headers: owner, data: { value: 1, ...EXPLAINED, confirm: true } }), 200);
  }
  await check('PUT /api/v1/projects/{id}/executions/{period}', await request.put(`/api/v1/projects/${projectId}/executions/${period}`, { headers: owner, data: { amount: 1, confirm: true } }), 200);
  await check(SUBMIT, await post(`${base()}/submit`), 401);
  await check(SUBMIT, await post(`${base()}/submit`, leader), 403);
  await check(SUBMIT, await post(`${base(999999)}/submit`, owner), 404);
  await check(SUBMIT, await post(`${base()}/submit`, owner), 200);
  await check(SUBMIT, await post(`${base()}/submit`, owner), 409);

  for (const step of ['return', 'approve', 'reopen'] as const) {
    const key = `POST /api/v1/rounds/{id}/projects/{projectId}/${step}`;
    const url = (id: number = roundId) => `${base(id)}/${step}`;
    const reviewer = step === 'reopen' ? admin : leader;
    await check(key, await post(url(), reviewer, { nothing: 1 }), 400);
    await check(key, await post(url(), {}, {}), 401);
    await check(key, await post(url(), owner, {}), 403);
    await check(key, await post(url(999999), reviewer, {}), 404);
    await check(key, await post(url(), { ...reviewer, ...json }, big), 413);
    const data = step === 'reopen' ? { reason: '接口文档校验' } : { comment: '接口文档校验' };
    await check(key, await post(url(), reviewer, data), 200);
    await check(key, await post(url(), reviewer, data), 409);
    if (step === 'return') await check(SUBMIT, await post(`${base()}/submit`, owner), 200);
    if (step === 'approve') {
      // Approved: the month and every earlier one are locked, and so are the targets.
      await check('PUT /api/v1/indicators/{id}/entries/{period}', await request.put(`/api/v1/indicators/${indicators[0].id}/entries/${period}`, { headers: owner, data: { value: 2, ...EXPLAINED } }), 423);
      await check('PUT /api/v1/projects/{id}/executions/{period}', await request.put(`/api/v1/projects/${projectId}/executions/${period}`, { headers: owner, data: { amount: 2, confirm: true } }), 423);
      const target = { kind: 'quantitative', comparator: null, value: 1, unit: null, direction: 'higher', mode: 'cumulative', plannedPeriod: null, reason: '接口文档校验' };
      await check('POST /api/v1/indicators/{id}/target-changes', await post(`/api/v1/indicators/${indicators[0].id}/target-changes`, owner, target), 423);
    }
  }

  const CLOSE = 'POST /api/v1/rounds/{id}/close';
  await check(CLOSE, await post(`/api/v1/rounds/${roundId}/close`), 401);
  await check(CLOSE, await post(`/api/v1/rounds/${roundId}/close`, leader), 403);
  await check(CLOSE, await post('/api/v1/rounds/999999/close', admin), 404);
  await check(CLOSE, await post(`/api/v1/rounds/${roundId}/close`, admin), 200);
  await check(CLOSE, await post(`/api/v1/rounds/${roundId}/close`, admin), 409);
});

test('the 待办 and 催报 operations answer as the document says', async ({ request }) => {
  const { owner, leader, auditor } = tokens;
  await check('GET /api/v1/todos', await request.get('/api/v1/todos', { headers: owner }), 200);
  await check('GET /api/v1/todos', await request.get('/api/v1/todos'), 401);
  await check('GET /api/v1/todos', await request.get('/api/v1/todos', { headers: auditor }), 403);
  const [open, closed] = [reminderRound(), closedReminderRound()];
  const ONE = 'POST /api/v1/rounds/{id}/projects/{projectId}/remind';
  await check(ONE, await request.post(`/api/v1/rounds/${open}/projects/1/remind`, { headers: leader }), 200);
  await check(ONE, await request.post(`/api/v1/rounds/${open}/projects/1/remind`), 401);
  await check(ONE, await request.post(`/api/v1/rounds/${open}/projects/1/remind`, { headers: owner }), 403);
  await check(ONE, await request.post('/api/v1/rounds/999999/projects/1/remind', { headers: leader }), 404);
  await check(ONE, await request.post(`/api/v1/rounds/${closed}/projects/1/remind`, { headers: leader }), 409);
  const ALL = 'POST /api/v1/rounds/{id}/remind';
  await check(ALL, await request.post(`/api/v1/rounds/${open}/remind`, { headers: leader }), 200);
  await check(ALL, await request.post(`/api/v1/rounds/${open}/remind`), 401);
  await check(ALL, await request.post(`/api/v1/rounds/${open}/remind`, { headers: owner }), 403);
  await check(ALL, await request.post('/api/v1/rounds/999999/remind', { headers: leader }), 404);
  await check(ALL, await request.post(`/api/v1/rounds/${closed}/remind`, { headers: leader }), 409);
});

/** 佐证材料 of a project no other spec writes (岭南金融博物馆, owner's): 服务满意度 (level, 90%) for June, January locked. */
const ATTACHED = '2022年岭南金融博物馆运营管理';
const sample = (name: string, file = name) => ({ file: { name, mimeType: 'application/octet-stream', buffer: fs.readFileSync(`test/fixtures/attachments/${file}`) } });

test('every documented response of the 佐证材料 operations matches the served document', async ({ request }) => {
  const { owner, leader, auditor } = tokens;
  const { projects } = await (await request.get('/api/v1/projects?year=2022', { headers: leader })).json();
  const projectId: number = projects.find((p: { name: string }) => p.name === ATTACHED).id;
  const detail = await (await request.get(`/api/v1/projects/${projectId}`, { headers: leader })).json();
  const indicatorId: number = detail.indicators.find((i: { name: string }) => i.name === '服务满意度').id;
  expect((await request.put(`/api/v1/indicators/${indicatorId}/entries/2022-06`, { headers: owner, data: { value: 95 } })).status()).toBe(200);
  lockJanuary(projectId);

  const UPLOAD = 'POST /api/v1/indicators/{id}/entries/{period}/attachments';
  const upload = (multipart: ReturnType<typeof sample>, headers = owner, period = '2022-06', id = indicatorId) =>
    request.post(`/api/v1/indicators/${id}/entries/${period}/attachments`, { headers, multipart });
  const created = await upload(sample('满意度调查.pdf', 'survey.pdf'));
  await check(UPLOAD, created, 201);
  await check(UPLOAD, await upload(sample('empty.pdf')), 400);
  await check(UPLOAD, await upload(sample('survey.pdf'), {}), 401);
  await check(UPLOAD, await upload(sample('survey.pdf'), leader), 403);
  await check(UPLOAD, await upload(sample('survey.pdf'), owner, '2022-06', 999999), 404);
  const big = { file: { name: 'big.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(20 * 1024 * 1024)]) } };
  await check(UPLOAD, await upload(big), 413);
  await check(UPLOAD, await upload(sample('elf-executable.pdf')), 415);
  await check(UPLOAD, await upload(sample('survey.pdf'), owner, '2022-05'), 422);
  await check(UPLOAD, await upload(sample('survey.pdf'), owner, '2022-01'), 423);

  const LINE = 'POST /api/v1/projects/{id}/self-evaluation/lines/{indicatorId}/attachments';
  const line = (multipart: ReturnType<typeof sample>, headers = owner, id = indicatorId) =>
    request.post(`/api/v1/projects/${projectId}/self-evaluation/lines/${id}/attachments`, { headers, multipart });
  const lineFile = await line(sample('survey.png'));
  await check(LINE, lineFile, 201);
  await check(LINE, await line(sample('empty.pdf')), 400);
  await check(LINE, await line(sample('survey.png'), {}), 401);
  await check(LINE, await line(sample('survey.png'), leader), 403);
  await check(LINE, await line(sample('survey.png'), owner, 999999), 404);
  await check(LINE, await line(big), 413);
  await check(LINE, await line(sample('page.html.pdf')), 415);

  const LIST = 'GET /api/v1/projects/{id}/attachments';
  const listed = await request.get(`/api/v1/projects/${projectId}/attachments`, { headers: leader });
  await check(LIST, listed, 200);
  expect((await listed.json()).attachments.map((a: { name: string; period: string | null }) => [a.name, a.period])).toEqual([['满意度调查.pdf', '2022-06'], ['survey.png', null]]);
  await check(LIST, await request.get(`/api/v1/projects/${projectId}/attachments`), 401);
  await check(LIST, await request.get(`/api/v1/projects/${projectId}/attachments`, { headers: auditor }), 403);
  await check(LIST, await request.get('/api/v1/projects/999999/attachments', { headers: leader }), 404);

  const FILE = 'GET /api/v1/attachments/{id}';
  const fileUrl = (id: number) => `/api/v1/attachments/${id}`;
  const { id } = await created.json();
  await check(FILE, await request.get(fileUrl(id), { headers: leader }), 200);
  await check(FILE, await request.get(fileUrl(id)), 401);
  await check(FILE, await request.get(fileUrl(id), { headers: auditor }), 403);
  await check(FILE, await request.get(fileUrl(999999), { headers: leader }), 404);

  const DELETE = 'DELETE /api/v1/attachments/{id}';
  const january = lockedAttachment(indicatorId);
  await check(DELETE, await request.delete(fileUrl(id)), 401);
  await check(DELETE, await request.delete(fileUrl(id), { headers: leader }), 403);
  await check(DELETE, await request.delete(fileUrl(999999), { headers: owner }), 404);
  await check(DELETE, await request.delete(fileUrl(january), { headers: owner }), 423);
  expect((await request.delete(fileUrl(id), { headers: owner })).status()).toBe(204);
  submitSelfEvaluationOf(projectId);
  await check(LINE, await line(sample('survey.png')), 409);
  await check(DELETE, await request.delete(fileUrl((await lineFile.json()).id), { headers: owner }), 409);
});

test.describe('through the owner’s session', () => {
  test.use({ storageState: storageStateOf('owner') });

  test('a body that is not JSON is refused as the document says (415)', async ({ request }) => {
    const listed = await request.get('/api/v1/projects?year=2022');
    const projectId: number = (await listed.json()).projects.find((p: { name: string }) => p.name === PROJECT).id;
    const detail = await (await request.get(`/api/v1/projects/${projectId}`)).json();
    const headers = { Origin: `http://127.0.0.1:${E2E_PORT}`, 'Content-Type': 'text/plain' };
    await check('PUT /api/v1/indicators/{id}/entries/{period}', await request.put(`/api/v1/indicators/${detail.indicators[0].id}/entries/${MONTH}`, { headers, data: '{}' }), 415);
    await check('PUT /api/v1/projects/{id}/executions/{period}', await request.put(`/api/v1/projects/${projectId}/executions/${MONTH}`, { headers, data: '{}' }), 415);
    await check('POST /api/v1/indicators/{id}/target-changes', await request.post(`/api/v1/indicators/${detail.indicators[0].id}/target-changes`, { headers, data: '{}' }), 415);
    const evaluated = `/api/v1/projects/${await evaluatedProjectId(request, {})}/self-evaluation`;
    const { lines } = await (await request.get(evaluated)).json();
    await check('PUT /api/v1/projects/{id}/self-evaluation', await request.put(evaluated, { headers, data: '{}' }), 415);
    await check('PUT /api/v1/projects/{id}/self-evaluation/lines/{indicatorId}', await request.put(`${evaluated}/lines/${lines[0].indicatorId}`, { headers, data: '{}' }), 415);
    for (const step of ['approve', 'return', 'reopen']) await check(`POST /api/v1/projects/{id}/self-evaluation/${step}`, await request.post(`${evaluated}/${step}`, { headers, data: '{}' }), 415);
    await check('POST /api/v1/rounds', await request.post('/api/v1/rounds', { headers, data: '{}' }), 415);
    for (const step of ['approve', 'return', 'reopen']) await check(`POST /api/v1/rounds/{id}/projects/{projectId}/${step}`, await request.post(`/api/v1/rounds/1/projects/${projectId}/${step}`, { headers, data: '{}' }), 415);
  });
});

test.describe('through the administrator’s session', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('a decision that is not JSON is refused as the document says (415)', async ({ request }) => {
    const headers = { Origin: `http://127.0.0.1:${E2E_PORT}`, 'Content-Type': 'text/plain' };
    for (const decision of ['approve', 'reject']) {
      await check(`POST /api/v1/target-changes/{id}/${decision}`, await request.post(`/api/v1/target-changes/1/${decision}`, { headers, data: '{}' }), 415);
    }
  });
});

test('together, the tests above reached every JSON response the document declares', () => {
  expect(responses.keys().filter((key) => !seen.has(key)).sort()).toEqual([]);
});
