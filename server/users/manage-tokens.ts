import { asc, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { users } from '@/db/schema';
import type { Actor } from '../auth/actor';
import { createApiToken, listApiTokens, revokeApiToken, type ApiTokenInfo } from '../auth/api-tokens';
import { assertAdmin } from './require-admin';
import { parseInput } from './user-input';

export interface TokenOwnerOption {
  id: number;
  username: string;
  displayName: string;
}

/** The 访问令牌 page: every token, newest first (never a secret or hash), and the enabled accounts to issue one to. */
export function listTokens(db: Db, actor: Actor): { tokens: ApiTokenInfo[]; owners: TokenOwnerOption[] } {
  assertAdmin(actor);
  const owners = db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .where(isNull(users.disabledAt))
    .orderBy(asc(users.id))
    .all();
  return { tokens: listApiTokens(db).reverse(), owners };
}

/** 新建令牌 for a user, by the administrator; the secret is returned once. */
export function createTokenForUser(db: Db, actor: Actor, body: unknown) {
  assertAdmin(actor);
  const { userId, ...options } = parseInput(z.looseObject({ userId: z.number({ error: '请选择用户' }).int().positive('请选择用户') }), body);
  return createApiToken(db, userId, options, actor);
}

/** 吊销 a token, by the administrator; false when it was revoked already. */
export function revokeToken(db: Db, actor: Actor, tokenId: number): boolean {
  assertAdmin(actor);
  return revokeApiToken(db, tokenId, actor);
}
