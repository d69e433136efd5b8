import type Database from 'better-sqlite3';
import { expect, request, type APIRequestContext, type APIResponse } from '@playwright/test';
import { storageStateOf, type DemoUser } from '../fixtures';
import { E2E_PORT } from '../test-env';
import { isKeptRoundMonth, ROUND_MONTHS } from '../round-months';

const BASE = `http://127.0.0.1:${E2E_PORT}`;

/**
 * The matrix's monitoring round: the demo department's January 2022 round, on 机构运行辅助经费 (owner's, one qualitative
 * indicator, used by no other spec). Only January is ever locked by it, and only between an approve and the next reopen.
 */
export const ROUND_PROJECT = '机构运行辅助经费';
const PERIOD = ROUND_MONTHS.matrix;

async function as<T>(user: DemoUser, run: (api: APIRequestContext) => Promise<T>): Promise<T> {
  const api = await request.newContext({ baseURL: BASE, storageState: storageStateOf(user), extraHTTPHeaders: { Origin: BASE } });
  try {
    return await run(api);
  } finally {
    await api.dispose();
  }
}

async function ok(response: Promise<APIResponse>, status = 200): Promise<APIResponse> {
  const r = await response;
  expect(r.status(), await r.text()).toBe(status);
  return r;
}

const departmentOf = (db: Database.Database) => Number(db.prepare("select department_id from budget_years b join projects p on p.budget_year_id = b.id where p.name = ?").pluck().get(ROUND_PROJECT));
export const roundProjectId = (db: Database.Database) => Number(db.prepare('select id from projects where name = ?').pluck().get(ROUND_PROJECT));
const roundOf = (db: Database.Database, period: string) =>
  db.prepare('select r.id from monitoring_rounds r join budget_years b on b.id = r.budget_year_id where b.department_id = ? and b.year = 2022 and r.period = ?').pluck().get(departmentOf(db), period) as number | undefined;

/** A month of 2022 the demo department has no round for yet (the matrix's own opening, or one to close). */
export function freeMonth(db: Database.Database): string {
  for (let m = 12; m >= 2; m -= 1) {
    const period = `2022-${String(m).padStart(2, '0')}`;
    if (!isKeptRoundMonth(period) && roundOf(db, period) === undefined) return period;
  }
  throw new Error('no free month left for a round');
}

export const openRoundBody = (db: Database.Database, period = freeMonth(db)) => ({ year: 2022, departmentId: departmentOf(db), period, deadline: '2022-12-31', official: false });

/** An open round of the demo department other than the matrix's own, opened when there is none. */
export async function spareOpenRound(db: Database.Database): Promise<number> {
  const open = db
    .prepare("select r.id, r.period from monitoring_rounds r join budget_years b on b.id = r.budget_year_id where b.department_id = ? and r.status = 'open'")
    .all(departmentOf(db)) as { id: number; period: string }[];
  const spare = open.find((r) => !isKeptRoundMonth(r.period));
  if (spare !== undefined) return spare.id;
  return as('admin', async (api) => (await (await ok(api.post('/api/v1/rounds', { data: openRoundBody(db) }), 201)).json()).id);
}

/** The matrix's January round, opened the first time it is needed. */
export async function matrixRound(db: Database.Database): Promise<number> {
  return roundOf(db, PERIOD) ?? as('admin', async (api) => (await (await ok(api.post('/api/v1/rounds', { data: openRoundBody(db, PERIOD) }), 201)).json()).id);
}

/** January's entry of every indicator and January's 执行数, so the project may be submitted. */
async function completeJanuary(db: Database.Database, projectId: number) {
  const indicators = db.prepare('select id from indicators where project_id = ?').pluck().all(projectId) as number[];
  await as('owner', async (api) => {
    for (const id of indicators) {
      const entered = db.prepare('select 1 from entries where indicator_id = ? and period = ? and superseded_at is null').get(id, PERIOD);
      if (!entered) await ok(api.put(`/api/v1/indicators/${id}/entries/${PERIOD}`, { data: { status: '达成', note: '授权矩阵' } }));
    }
    if (!db.prepare('select 1 from budget_executions where project_id = ? and period = ? and superseded_at is null').get(projectId, PERIOD)) {
      await ok(api.put(`/api/v1/projects/${projectId}/executions/${PERIOD}`, { data: { amount: 1 } }));
    }
  });
}

/** What a rule needs of the project in the matrix round: `submittable` (未填报 or 已退回, complete), `submitted`, `closed` (submitted or approved). */
export type WantedRoundState = 'submittable' | 'submitted' | 'closed';

/** Brings the project into the state a rule acts on, through the API as the people who may; returns the round's id. */
export async function roundProjectIn(db: Database.Database, want: WantedRoundState): Promise<number> {
  const roundId = await matrixRound(db);
  const projectId = roundProjectId(db);
  const url = (step: string) => `/api/v1/rounds/${roundId}/projects/${projectId}/${step}`;
  const state = () => (db.prepare('select state from round_projects where round_id = ? and project_id = ?').pluck().get(roundId, projectId) as string | undefined) ?? 'pending';
  if (want === 'closed' && (state() === 'submitted' || state() === 'approved')) return roundId;
  if (want === 'submitted' && state() === 'submitted') return roundId;
  if (state() === 'approved') await as('admin', (api) => ok(api.post(url('reopen'), { data: { reason: '授权矩阵' } })));
  if (state() === 'submitted') await as('leader', (api) => ok(api.post(url('return'), { data: { comment: '授权矩阵' } })));
  await completeJanuary(db, projectId);
  if (want === 'submittable') return roundId;
  await as('owner', (api) => ok(api.post(url('submit'))));
  return roundId;
}
