import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '@/db';
import { apiTokens, users } from '@/db/schema';
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS, tokenExpiry, type TokenRevokeReason } from '@/lib/auth/token-state';
import { CLI_ORIGIN } from '../audit/cli-origin';
import { recordAudit, type AuditActor } from '../audit/record-audit';
import { NotFoundError, ValidationError } from '../errors';
import { parseInput } from '../users/user-input';

export const TOKEN_PREFIX = 'jx_';

/** Who creates or revokes a token: a signed-in administrator, or null for the command line. */
type TokenAuditActor = AuditActor | null;

/** A new token's name and how many days it lasts, as given (checked here). */
export interface NewTokenInput {
  name?: unknown;
  days?: unknown;
}

const newTokenSchema = z.object({
  name: z.string({ error: '令牌名称应为文字' }).trim().max(50, '令牌名称不能超过 50 个字').default(''),
  days: z
    .number({ error: '有效期应为天数' })
    .int('有效期应为整数天')
    .min(1, '有效期至少 1 天')
    .max(MAX_TOKEN_DAYS, `有效期不能超过 ${MAX_TOKEN_DAYS} 天`)
    .default(DEFAULT_TOKEN_DAYS),
});

export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * Creates a token for an enabled user, named and expiring after `days` (90 by default); the secret is returned once
 * and only its hash is kept (and audited without it).
 */
export function createApiToken(db: Db, userId: number, input: NewTokenInput = {}, by: TokenAuditActor = null, now = new Date()) {
  const { name, days } = parseInput(newTokenSchema, input);
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw new NotFoundError('用户不存在');
  if (user.disabledAt) throw new ValidationError(`用户“${user.username}”已停用，不能创建令牌`);
  const secret = TOKEN_PREFIX + randomBytes(24).toString('base64url');
  const createdAt = now.toISOString();
  const expiresAt = tokenExpiry(now, days);
  return db.transaction((tx) => {
    const row = tx
      .insert(apiTokens)
      .values({ userId, tokenHash: hashToken(secret), name, createdAt, expiresAt })
      .returning({ id: apiTokens.id })
      .get();
    recordAudit(tx, {
      actor: by,
      origin: by ? undefined : CLI_ORIGIN,
      action: 'token.create',
      entity: 'api_token',
      entityId: row.id,
      after: { user: user.username, name, expiresAt },
    });
    return { id: row.id, secret, expiresAt };
  });
}

/** Creates a token for the user with this username; NotFoundError when there is none. */
export function createApiTokenFor(db: Db, username: string, input: NewTokenInput = {}, by: TokenAuditActor = null) {
  const user = db.select({ id: users.id }).from(users).where(eq(users.username, username)).get();
  if (!user) throw new NotFoundError(`用户“${username}”不存在`);
  return createApiToken(db, user.id, input, by);
}

export interface ApiTokenInfo {
  id: number;
  username: string;
  userDisplayName: string;
  name: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  revokeReason: TokenRevokeReason | null;
}

/** Every token (of one user, or the one with an id, when asked), oldest first; never the hash. */
export function listApiTokens(db: DbOrTx, filter: { username?: string; id?: number } = {}): ApiTokenInfo[] {
  return db
    .select({
      id: apiTokens.id,
      username: users.username,
      userDisplayName: users.displayName,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
      revokeReason: apiTokens.revokeReason,
    })
    .from(apiTokens)
    .innerJoin(users, eq(apiTokens.userId, users.id))
    .where(
      and(
        filter.username === undefined ? undefined : eq(users.username, filter.username),
        filter.id === undefined ? undefined : eq(apiTokens.id, filter.id),
      ),
    )
    .orderBy(asc(apiTokens.id))
    .all();
}

/** Revokes a token for good. Returns false when it was already revoked (nothing changes then); NotFoundError for an unknown id. */
export function revokeApiToken(db: Db, id: number, by: TokenAuditActor = null): boolean {
  const [token] = Number.isSafeInteger(id) ? listApiTokens(db, { id }) : [];
  if (!token) throw new NotFoundError(`令牌 ${id} 不存在`);
  if (token.revokedAt) return false;
  const revokedAt = new Date().toISOString();
  db.transaction((tx) => {
    tx.update(apiTokens).set({ revokedAt, revokeReason: 'revoked' }).where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt))).run();
    const summary = { user: token.username, name: token.name };
    recordAudit(tx, {
      actor: by,
      origin: by ? undefined : CLI_ORIGIN,
      action: 'token.revoke',
      entity: 'api_token',
      entityId: id,
      before: { ...summary, revokedAt: null },
      after: { ...summary, revokedAt },
    });
  });
  return true;
}

/** Revokes every live token of a user (a password change or reset, the account disabled); returns how many. */
export function revokeTokensOfUser(db: DbOrTx, userId: number, reason: TokenRevokeReason, at: string): number {
  return db
    .update(apiTokens)
    .set({ revokedAt: at, revokeReason: reason })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .run().changes;
}
