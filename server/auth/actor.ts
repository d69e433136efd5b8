import { headers } from 'next/headers';
import { getDb } from '@/db';
import { findUserById } from '@/db/queries/users';
import type { Role } from '@/lib/auth/roles';
import { recordAudit, type RequestOrigin } from '../audit/record-audit';
import { UnauthorizedError } from '../errors';
import { clientAddress } from '../http/client-address';
import { actorOfUser } from './actor-of-user';
import { auth } from './auth';
import { isSessionValid, revokeSession } from './session-revocation';

/** The person behind a request, from a session or an API token, and how the request came (for the audit log). */
export interface Actor {
  id: number;
  username: string;
  name: string;
  role: Role;
  departmentId: number | null;
  origin?: RequestOrigin;
}

/** The origin of the request being handled through a browser session. */
export async function sessionOrigin(): Promise<RequestOrigin> {
  return { channel: 'session', ip: clientAddress(await headers()) };
}

/**
 * The signed-in user. Name, role and department are read from the database on every request, not from the
 * session cookie, so that a change on 用户与权限 applies to sessions already open; a revoked session counts as none.
 */
export async function currentActor(): Promise<Actor | null> {
  const session = await auth();
  if (!session?.user?.id) return null;
  const db = getDb();
  const user = findUserById(db, Number(session.user.id));
  if (!user || !isSessionValid(db, user, session.user)) return null;
  return actorOfUser(user, await sessionOrigin());
}

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new UnauthorizedError();
  return actor;
}

/** 退出: this session is revoked on the server, then its cookie is cleared. */
export async function endSession(): Promise<void> {
  const session = await auth();
  const actor = await currentActor();
  if (session?.user && actor) {
    getDb().transaction((tx) => {
      revokeSession(tx, actor.id, session.user.sid);
      recordAudit(tx, { actor, action: 'logout', entity: 'user', entityId: actor.id });
    });
  }
}
