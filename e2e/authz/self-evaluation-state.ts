import type Database from 'better-sqlite3';
import { expect, request, type APIRequestContext } from '@playwright/test';
import { storageStateOf, type DemoUser } from '../fixtures';
import { E2E_PORT } from '../test-env';

const BASE = `http://127.0.0.1:${E2E_PORT}`;

/** What a rule needs of the 自评 of a project before it is its turn. */
export type WantedState = 'editable' | 'complete' | 'submitted' | 'closed';

async function as<T>(user: DemoUser, run: (api: APIRequestContext) => Promise<T>): Promise<T> {
  const api = await request.newContext({ baseURL: BASE, storageState: storageStateOf(user), extraHTTPHeaders: { Origin: BASE } });
  try {
    return await run(api);
  } finally {
    await api.dispose();
  }
}

async function ok(response: Promise<import('@playwright/test').APIResponse>) {
  const r = await response;
  expect(r.status(), await r.text()).toBe(200);
}

const url = (projectId: number, tail = '') => `/api/v1/projects/${projectId}/self-evaluation${tail}`;

/** Every line below its weight, and the budget line, explained (with 授权矩阵, never the actions' 授权矩阵动作). */
async function explainEverything(projectId: number) {
  await as('owner', async (api) => {
    const evaluation = await (await api.get(url(projectId))).json();
    for (const line of evaluation.lines as { indicatorId: number; flags: string[]; analysis: string }[]) {
      if (line.flags.includes('needs-analysis') && !line.analysis) await ok(api.put(url(projectId, `/lines/${line.indicatorId}`), { data: { analysis: '授权矩阵' } }));
    }
    if (!evaluation.budget.analysis) await ok(api.put(url(projectId), { data: { budgetAnalysis: '授权矩阵' } }));
  });
}

/**
 * Brings the project's 自评 into the state a rule acts on, through the API as the people who may: `editable` (a draft
 * or returned), `complete` (editable and explained, so it may be submitted), `submitted`, or `closed` (submitted or
 * approved).
 */
export async function selfEvaluationIn(db: Database.Database, projectId: number, want: WantedState): Promise<void> {
  const status = () => (db.prepare('select status from self_evaluations where project_id = ?').pluck().get(projectId) as string | undefined) ?? 'draft';
  if (want === 'closed' && (status() === 'submitted' || status() === 'approved')) return;
  if (want === 'submitted' && status() === 'submitted') return;
  if (status() === 'submitted' && (want === 'editable' || want === 'complete')) {
    await as('leader', (api) => ok(api.post(url(projectId, '/return'), { data: { comment: '授权矩阵' } })));
  }
  if (status() === 'approved') await as('admin', (api) => ok(api.post(url(projectId, '/reopen'), { data: { reason: '授权矩阵' } })));
  if (want === 'editable') return;
  await explainEverything(projectId);
  if (want === 'complete') return;
  await as('owner', (api) => ok(api.post(url(projectId, '/submit'))));
}
