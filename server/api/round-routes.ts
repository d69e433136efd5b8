/** Route handlers of monitoring rounds (app/api/v1/rounds/…): actor → path and query → body → use case → JSON. */
import { getDb } from '@/db';
import type { RoundStep } from '@/lib/rounds/steps';
import { handleApi } from '../http/handle-api';
import { ValidationError } from '../errors';
import { closeRound, listRounds, openRound } from '../rounds/manage-rounds';
import { takeRoundStep } from '../rounds/round-steps';
import { getRoundProject } from '../rounds/round-view';
import { yearParamSchema } from './param-schemas';
import { parseIdParam } from './params';
import { readJsonObject } from './request-body';
import { apiJson } from './respond';
import { roundJson, roundProjectJson } from './round-json';

type Context<P> = { params: Promise<P> };
type ProjectParams = { id: string; projectId: string };
const BASE = '/api/v1/rounds';

function parseYearQuery(search: URLSearchParams): number {
  const raw = search.get('year')?.trim() ?? '';
  if (!yearParamSchema.safeParse(raw).success) throw new ValidationError(`请以 year=YYYY 指定年度（收到“${raw.slice(0, 20)}”）`, { year: ['年度无效'] });
  return Number(raw);
}

export function listRoundsRoute(request: Request) {
  return handleApi(request, `GET ${BASE}`, (actor) => {
    const year = parseYearQuery(new URL(request.url).searchParams);
    return apiJson({ rounds: listRounds(getDb(), actor, year).map(roundJson) });
  });
}

export function openRoundRoute(request: Request) {
  return handleApi(request, `POST ${BASE}`, async (actor) => apiJson(roundJson(openRound(getDb(), actor, await readJsonObject(request))), {}, 201));
}

export function closeRoundRoute(request: Request, { params }: Context<{ id: string }>) {
  return handleApi(
    request,
    `POST ${BASE}/{id}/close`,
    async (actor) => apiJson(roundJson(closeRound(getDb(), actor, parseIdParam((await params).id, '监控轮次')))),
    { body: 'none' },
  );
}

async function pathIds(params: Promise<ProjectParams>) {
  const { id, projectId } = await params;
  return { roundId: parseIdParam(id, '监控轮次'), projectId: parseIdParam(projectId, '项目') };
}

export function getRoundProjectRoute(request: Request, { params }: Context<ProjectParams>) {
  return handleApi(request, `GET ${BASE}/{id}/projects/{projectId}`, async (actor) => {
    const { roundId, projectId } = await pathIds(params);
    return apiJson(roundProjectJson(getRoundProject(getDb(), actor, roundId, projectId)));
  });
}

/** POST …/submit (no body), …/approve and …/return (`{ "comment" }`), …/reopen (`{ "reason" }`). */
export function roundStepRoute(step: RoundStep) {
  return (request: Request, { params }: Context<ProjectParams>) =>
    handleApi(
      request,
      `POST ${BASE}/{id}/projects/{projectId}/${step}`,
      async (actor) => {
        const { roundId, projectId } = await pathIds(params);
        const body = step === 'submit' ? {} : await readJsonObject(request);
        return apiJson(roundProjectJson(takeRoundStep(getDb(), actor, roundId, projectId, step, body)));
      },
      { body: step === 'submit' ? 'none' : 'json' },
    );
}
