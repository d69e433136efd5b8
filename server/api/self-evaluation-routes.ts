/** Route handlers of a project's 自评 (app/api/v1/projects/[id]/self-evaluation/…): actor → path → body → use case → JSON. */
import { getDb } from '@/db';
import type { Actor } from '../auth/actor';
import { handleApi } from '../http/handle-api';
import { updateSelfEvaluationLine, updateSelfEvaluationSummary } from '../self-evaluation/edit-self-evaluation';
import { getSelfEvaluation } from '../self-evaluation/get-self-evaluation';
import { approveSelfEvaluation, reopenSelfEvaluation, returnSelfEvaluation, submitSelfEvaluation } from '../self-evaluation/review-self-evaluation';
import { parseIdParam } from './params';
import { readJsonObject } from './request-body';
import { apiJson } from './respond';
import { selfEvaluationJson } from './self-evaluation-json';

type Context<P> = { params: Promise<P> };
const BASE = '/api/v1/projects/{id}/self-evaluation';

export function getSelfEvaluationRoute(request: Request, { params }: Context<{ id: string }>) {
  return handleApi(request, `GET ${BASE}`, async (actor) => {
    const id = parseIdParam((await params).id, '项目');
    return apiJson(selfEvaluationJson(getSelfEvaluation(getDb(), actor, id)));
  });
}

export function putSelfEvaluationRoute(request: Request, { params }: Context<{ id: string }>) {
  return handleApi(request, `PUT ${BASE}`, async (actor) => {
    const id = parseIdParam((await params).id, '项目');
    const body = await readJsonObject(request);
    return apiJson(selfEvaluationJson(updateSelfEvaluationSummary(getDb(), actor, id, body)));
  });
}

export function putSelfEvaluationLineRoute(request: Request, { params }: Context<{ id: string; indicatorId: string }>) {
  return handleApi(request, `PUT ${BASE}/lines/{indicatorId}`, async (actor) => {
    const { id, indicatorId } = await params;
    const projectId = parseIdParam(id, '项目');
    const indicator = parseIdParam(indicatorId, '指标');
    const body = await readJsonObject(request);
    return apiJson(selfEvaluationJson(updateSelfEvaluationLine(getDb(), actor, projectId, indicator, body)));
  });
}

const STEPS = {
  submit: (actor: Actor, id: number) => submitSelfEvaluation(getDb(), actor, id),
  approve: (actor: Actor, id: number, body: unknown) => approveSelfEvaluation(getDb(), actor, id, body),
  return: (actor: Actor, id: number, body: unknown) => returnSelfEvaluation(getDb(), actor, id, body),
  reopen: (actor: Actor, id: number, body: unknown) => reopenSelfEvaluation(getDb(), actor, id, body),
};

/** POST …/submit (no body needed), …/approve, …/return (`{ "comment" }`), …/reopen (`{ "reason" }`). */
export function selfEvaluationStepRoute(step: keyof typeof STEPS) {
  return (request: Request, { params }: Context<{ id: string }>) =>
    handleApi(
      request,
      `POST ${BASE}/${step}`,
      async (actor) => {
        const id = parseIdParam((await params).id, '项目');
        const body = step === 'submit' ? {} : await readJsonObject(request);
        return apiJson(selfEvaluationJson(STEPS[step](actor, id, body)));
      },
      { body: step === 'submit' ? 'none' : 'json' },
    );
}
