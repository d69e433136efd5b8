import type { DbOrTx } from '@/db';
import type { SessionEndReason } from '@/db/schema';
import type { TokenRevokeReason } from '@/lib/auth/token-state';
import { endSessionsOfUser } from '@/db/queries/sessions';
import { revokeTokensOfUser } from '../auth/api-tokens';

/**
 * Ends a user's sessions (all, or all but `exceptSession`) and revokes their API tokens, for a password change, an
 * administrator's reset or a disabled account; returns the counts for the audit record.
 */
export function endCredentials(
  db: DbOrTx,
  userId: number,
  reason: Extract<SessionEndReason, TokenRevokeReason>,
  at: string,
  exceptSession?: string,
): { sessionsEnded: number; tokensRevoked: number } {
  return { sessionsEnded: endSessionsOfUser(db, userId, reason, at, exceptSession), tokensRevoked: revokeTokensOfUser(db, userId, reason, at) };
}
