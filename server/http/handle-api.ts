import { getDb } from '@/db';
import { recordRefusal } from '../audit/record-refusal';
import { assertNoPasswordChangeDue, requireActor, type Actor } from '../auth/actor';
import { requireRequestActor } from '../auth/request-actor';
import { ForbiddenError, UnsupportedMediaTypeError } from '../errors';
import { errorResponse } from './json-response';
import { isJsonContentType, isSameOrigin, SAFE_METHODS } from './same-origin';

export interface ApiRouteOptions {
  /** Browser sessions only (no bearer tokens), e.g. the audit export. */
  sessionOnly?: boolean;
  /**
   * What a state-changing request's body must be; `none` for requests without one, `file` for a raw upload,
   * `multipart` for a multipart/form-data upload (its reader checks the type and bounds the size).
   */
  body?: 'json' | 'none' | 'file' | 'multipart';
}

/**
 * Refuses a cookie-authenticated request that changes state unless it comes from the app's own pages (same-origin
 * `Origin`) with a JSON body: a form or `text/plain` post from another site cannot reach the use case.
 */
function assertFromOwnPages(request: Request, actor: Actor, options: ApiRouteOptions): void {
  if (actor.origin?.channel !== 'session' || SAFE_METHODS.has(request.method)) return;
  if (!isSameOrigin(request.headers)) throw new ForbiddenError('跨站请求被拒绝：请从本系统的页面操作');
  if ((options.body ?? 'json') === 'json' && !isJsonContentType(request.headers)) throw new UnsupportedMediaTypeError('请求体应为 JSON（Content-Type: application/json）');
}

/**
 * The start of every route handler: the actor (bearer token or session) before anything is parsed, a password change
 * that is due (refused until done), the same-origin rule for sessions, then the handler; typed errors become JSON responses and a refusal (403) is audited with the route.
 */
export async function handleApi(
  request: Request,
  route: string,
  run: (actor: Actor) => Promise<Response> | Response,
  options: ApiRouteOptions = {},
): Promise<Response> {
  let actor: Actor | null = null;
  try {
    actor = options.sessionOnly ? await requireActor() : await requireRequestActor(request);
    assertNoPasswordChangeDue(actor);
    assertFromOwnPages(request, actor, options);
    return await run(actor);
  } catch (error) {
    if (error instanceof ForbiddenError && actor) recordRefusal(getDb(), actor, route, error);
    return errorResponse(error);
  }
}
