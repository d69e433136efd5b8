import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db';
import { apiTokens, users } from '@/db/schema';
import type { Actor } from './actor';

const PREFIX = 'jx_';

export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Creates a token for a user; the secret is returned once and only its hash is kept. */
export function createApiToken(db: Db, userId: number, label = ''): { id: number; secret: string } {
  const secret = PREFIX + randomBytes(24).toString('base64url');
  const row = db
    .insert(apiTokens)
    .values({ userId, tokenHash: hashToken(secret), label, createdAt: new Date().toISOString() })
    .returning({ id: apiTokens.id })
    .get();
  return { id: row.id, secret };
}

/** The actor behind a bearer secret, or null when it is unknown or revoked. */
export function actorForToken(db: Db, secret: string): Actor | null {
  if (!secret.startsWith(PREFIX) || secret.length > 100) return null;
  const row = db
    .select({ user: users, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(users, eq(apiTokens.userId, users.id))
    .where(and(eq(apiTokens.tokenHash, hashToken(secret)), isNull(apiTokens.revokedAt)))
    .get();
  if (!row) return null;
  db.update(apiTokens).set({ lastUsedAt: new Date().toISOString() }).where(eq(apiTokens.id, row.tokenId)).run();
  const { user } = row;
  return { id: user.id, username: user.username, name: user.displayName, role: user.role, departmentId: user.departmentId };
}
