import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { apiTokens, users } from '@/db/schema';
import { tokenState } from '@/lib/auth/token-state';
import { UnauthorizedError } from '../errors';
import type { Actor } from './actor';
import { actorOfUser } from './actor-of-user';
import { hashToken, TOKEN_PREFIX } from './api-tokens';
import { passwordChangeOf } from './password-expiry';

export const INVALID_TOKEN = '访问令牌无效';

/**
 * The actor behind a bearer secret; a token that is unknown, expired, revoked or of a disabled account is refused
 * (401) with the reason. Its last-used time is recorded.
 */
export function authenticateToken(db: Db, secret: string, ip: string | null, now = new Date()): Actor {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 100) throw new UnauthorizedError(INVALID_TOKEN);
  const row = db
    .select({ user: users, token: apiTokens })
    .from(apiTokens)
    .innerJoin(users, eq(apiTokens.userId, users.id))
    .where(eq(apiTokens.tokenHash, hashToken(secret)))
    .get();
  if (!row) throw new UnauthorizedError(INVALID_TOKEN);
  const state = tokenState(row.token, now);
  if (state === 'revoked' || row.user.disabledAt) throw new UnauthorizedError('访问令牌已吊销');
  if (state === 'expired') throw new UnauthorizedError('访问令牌已过期，请向系统管理员申请新的令牌');
  db.update(apiTokens).set({ lastUsedAt: now.toISOString() }).where(eq(apiTokens.id, row.token.id)).run();
  const origin = { channel: 'token' as const, tokenName: row.token.name || `#${row.token.id}`, ip };
  return actorOfUser(row.user, { origin, passwordChange: passwordChangeOf(db, row.user, now) });
}
