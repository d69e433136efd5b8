import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db';
import { apiTokens, users } from '@/db/schema';
import { recordAudit } from '../audit/record-audit';
import { NotFoundError } from '../errors';
import type { Actor } from './actor';
import { actorOfUser } from './actor-of-user';

const PREFIX = 'jx_';

/** Who created or revoked a token: a signed-in person, or null for the command line. */
type TokenAuditActor = { id: number; username: string } | null;

export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Creates a token for a user; the secret is returned once and only its hash is kept (and audited without it). */
export function createApiToken(db: Db, userId: number, label = '', by: TokenAuditActor = null): { id: number; secret: string } {
  const secret = PREFIX + randomBytes(24).toString('base64url');
  return db.transaction((tx) => {
    const createdAt = new Date().toISOString();
    const row = tx
      .insert(apiTokens)
      .values({ userId, tokenHash: hashToken(secret), label, createdAt })
      .returning({ id: apiTokens.id })
      .get();
    recordAudit(tx, { actor: by, action: 'token.create', entity: 'api_token', entityId: row.id, after: { userId, label, createdAt } });
    return { id: row.id, secret };
  });
}

/** Creates a token for the user with this username; NotFoundError when there is none. */
export function createApiTokenFor(db: Db, username: string, label = '', by: TokenAuditActor = null): { id: number; secret: string } {
  const user = db.select({ id: users.id }).from(users).where(eq(users.username, username)).get();
  if (!user) throw new NotFoundError(`用户“${username}”不存在`);
  return createApiToken(db, user.id, label, by);
}

export interface ApiTokenInfo {
  id: number;
  username: string;
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Every token (of one user when a username is given), oldest first; never the hash. */
export function listApiTokens(db: Db, username?: string): ApiTokenInfo[] {
  return db
    .select({
      id: apiTokens.id,
      username: users.username,
      label: apiTokens.label,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(apiTokens.userId, users.id))
    .where(username === undefined ? undefined : eq(users.username, username))
    .orderBy(asc(apiTokens.id))
    .all();
}

/**
 * Revokes a token for good. Returns false when it was already revoked (nothing changes then);
 * NotFoundError for an unknown id.
 */
export function revokeApiToken(db: Db, id: number, by: TokenAuditActor = null): boolean {
  return db.transaction((tx) => {
    const token = tx.select().from(apiTokens).where(eq(apiTokens.id, id)).get();
    if (!token) throw new NotFoundError(`令牌 ${id} 不存在`);
    if (token.revokedAt) return false;
    const revokedAt = new Date().toISOString();
    tx.update(apiTokens).set({ revokedAt }).where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt))).run();
    recordAudit(tx, {
      actor: by,
      action: 'token.revoke',
      entity: 'api_token',
      entityId: id,
      before: { userId: token.userId, label: token.label, revokedAt: null },
      after: { userId: token.userId, label: token.label, revokedAt },
    });
    return true;
  });
}

/** The actor behind a bearer secret, or null when it is unknown or revoked. */
export function actorForToken(db: Db, secret: string, ip: string | null = null): Actor | null {
  if (!secret.startsWith(PREFIX) || secret.length > 100) return null;
  const row = db
    .select({ user: users, tokenId: apiTokens.id, tokenName: apiTokens.label })
    .from(apiTokens)
    .innerJoin(users, eq(apiTokens.userId, users.id))
    .where(and(eq(apiTokens.tokenHash, hashToken(secret)), isNull(apiTokens.revokedAt)))
    .get();
  if (!row) return null;
  db.update(apiTokens).set({ lastUsedAt: new Date().toISOString() }).where(eq(apiTokens.id, row.tokenId)).run();
  return actorOfUser(row.user, { channel: 'token', tokenName: row.tokenName || `#${row.tokenId}`, ip });
}
