import { getDb } from '@/db';
import { UnauthorizedError } from '../errors';
import { clientAddress } from '../http/client-address';
import { currentActor, type Actor } from './actor';
import { authenticateToken, INVALID_TOKEN } from './token-actor';

/**
 * The actor of a route-handler request: `Authorization: Bearer <token>` when the header is present
 * (an invalid token is refused, never downgraded to the session), else the signed-in session.
 */
export async function requireRequestActor(request: Request): Promise<Actor> {
  const header = request.headers.get('authorization');
  if (header !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim().slice(0, 200));
    if (!match) throw new UnauthorizedError(INVALID_TOKEN);
    return authenticateToken(getDb(), match[1], clientAddress(request.headers));
  }
  const actor = await currentActor();
  if (!actor) throw new UnauthorizedError();
  return actor;
}
