import type { Db } from '@/db';
import type { Actor } from '../auth/actor';
import type { ForbiddenError } from '../errors';
import { recordAudit } from './record-audit';

/**
 * A refused attempt (403) is recorded with who tried what: the server action or route, and the refusal. It is written
 * on its own, outside the refused use case's transaction (which never began: rights are checked first).
 */
export function recordRefusal(db: Db, actor: Actor, attempted: string, error: ForbiddenError): void {
  recordAudit(db, { actor, action: 'access.denied', entity: 'request', entityId: attempted.slice(0, 200), after: { message: error.message } });
}
