import { headers } from 'next/headers';
import { cache } from 'react';
import { getDb } from '@/db';
import { endSession } from '@/db/queries/sessions';
import type { Role } from '@/lib/auth/roles';
import { PASSWORD_CHANGE_REQUIRED_MESSAGE, type PasswordChangeReason } from '@/lib/auth/password-change';
import { recordAudit, type RequestOrigin } from '../audit/record-audit';
import { ForbiddenError, UnauthorizedError } from '../errors';
import { clientAddress } from '../http/client-address';
import { actorOfUser } from './actor-of-user';
import { passwordChangeOf } from './password-expiry';
import { requestSession } from './request-session';
import { resolveSession } from './sessions';

/** The person behind a request, from a session or an API token, and how the request came (for the audit log). */
export interface Actor {
  id: number;
  username: string;
  name: string;
  role: Role;
  departmentId: number | null;
  origin?: RequestOrigin;
  /** The server-side session of a browser request. */
  sessionId?: string;
  /** Why the user must change their password before anything else; null or absent when they need not. */
  passwordChange?: PasswordChangeReason | null;
}

/** The origin of the request being handled through a browser session. */
export async function sessionOrigin(): Promise<RequestOrigin> {
  return { channel: 'session', ip: clientAddress(await headers()) };
}

/**
 * The signed-in user: the session cookie names a server-side session, which must be live (not ended, not idle, its
 * account enabled). Name, role and department are read from the database on every request, so that a change on
 * 用户与权限 applies to sessions already open. Read once per request (React `cache`): the layout and the page of one
 * render share it; a server action, outside any render, reads afresh.
 */
export const currentActor = cache(async function currentActor(): Promise<Actor | null> {
  const session = await requestSession();
  const db = getDb();
  const found = resolveSession(db, session?.sid);
  if (!found) return null;
  return actorOfUser(found.user, { origin: await sessionOrigin(), sessionId: found.session.id, passwordChange: passwordChangeOf(db, found.user) });
});

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new UnauthorizedError();
  return actor;
}

/** A user who must change their password may do nothing else (but sign out) until they have. */
export function assertNoPasswordChangeDue(actor: Actor): void {
  if (actor.passwordChange) throw new ForbiddenError(PASSWORD_CHANGE_REQUIRED_MESSAGE);
}

/** 退出: this session ends on the server (its cookie, replayed, is refused), then the cookie is cleared. */
export async function endCurrentSession(): Promise<void> {
  const actor = await currentActor();
  if (!actor?.sessionId) return;
  const sessionId = actor.sessionId;
  getDb().transaction((tx) => {
    endSession(tx, sessionId, 'logout', new Date().toISOString());
    recordAudit(tx, { actor, action: 'logout', entity: 'user', entityId: actor.id });
  });
}
