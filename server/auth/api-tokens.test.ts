import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import type { Db } from '@/db';
import { apiTokens, auditLog } from '@/db/schema';
import { NotFoundError, UnauthorizedError, ValidationError } from '../errors';
import { actorOf, createDemoDb } from '@/test/support/demo-db';
import { createApiTokenFor, listApiTokens, revokeApiToken } from './api-tokens';
import { authenticateToken } from './token-actor';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

const DAY = 86_400_000;
const refusalOf = (secret: string, now?: Date) => {
  try {
    authenticateToken(db, secret, null, now);
  } catch (error) {
    if (error instanceof UnauthorizedError) return error.message;
    throw error;
  }
  return null;
};

describe('API tokens', () => {
  it('creates a named token for a user, expiring in 90 days, keeping only its hash; audited without the secret', () => {
    const before = Date.now();
    const { id, secret, expiresAt } = createApiTokenFor(db, 'owner', { name: 'CI' });
    expect(secret).toMatch(/^jx_[\w-]{32}$/);
    expect(new Date(expiresAt).getTime() - before).toBeGreaterThanOrEqual(90 * DAY - 1000);
    expect(new Date(expiresAt).getTime() - before).toBeLessThanOrEqual(90 * DAY + 1000);
    const row = db.select().from(apiTokens).where(eq(apiTokens.id, id)).get()!;
    expect(row).toMatchObject({ name: 'CI', expiresAt, revokedAt: null });
    expect(row.tokenHash).not.toContain(secret);
    expect(authenticateToken(db, secret, '10.1.1.1')).toMatchObject({ username: 'owner', role: 'owner', origin: { channel: 'token', tokenName: 'CI', ip: '10.1.1.1' } });
    const audit = db.select().from(auditLog).where(like(auditLog.action, 'token.%')).all();
    expect(audit.at(-1)).toMatchObject({ action: 'token.create', entity: 'api_token', entityId: String(id), channel: 'cli', after: { user: 'owner', name: 'CI', expiresAt } });
    expect(JSON.stringify(audit)).not.toContain(secret);
    expect(JSON.stringify(audit)).not.toContain(row.tokenHash);
  });

  it('takes the number of days it lasts, within bounds, and refuses it once expired', () => {
    const { secret, expiresAt } = createApiTokenFor(db, 'leader', { name: '大屏', days: 7 });
    expect(refusalOf(secret, new Date(new Date(expiresAt).getTime() - 1000))).toBeNull();
    expect(refusalOf(secret, new Date(expiresAt))).toBe('访问令牌已过期，请向系统管理员申请新的令牌');
    for (const days of [0, -1, 1.5, 367, Number.NaN]) expect(() => createApiTokenFor(db, 'leader', { days })).toThrow(ValidationError);
    expect(() => createApiTokenFor(db, 'leader', { name: '名'.repeat(51) })).toThrow('不能超过 50 个字');
  });

  it('refuses an unknown user', () => {
    expect(() => createApiTokenFor(db, 'nobody', {})).toThrow(NotFoundError);
  });

  it('lists tokens, of one user when asked, without secrets or hashes', () => {
    expect(listApiTokens(db).map((t) => t.username)).toEqual(['owner', 'leader']);
    const [token] = listApiTokens(db, { username: 'leader' });
    expect(Object.keys(token).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'revokeReason', 'revokedAt', 'userDisplayName', 'username']);
    expect(token.lastUsedAt).not.toBeNull();
  });

  it('revokes a token for good, once, and audits it', () => {
    const { id, secret } = createApiTokenFor(db, 'owner2', {});
    expect(revokeApiToken(db, id, actorOf(db, 'admin'))).toBe(true);
    expect(refusalOf(secret)).toBe('访问令牌已吊销');
    expect(revokeApiToken(db, id)).toBe(false);
    expect(() => revokeApiToken(db, 99_999)).toThrow(NotFoundError);
    const revocations = db.select().from(auditLog).where(eq(auditLog.action, 'token.revoke')).all();
    expect(revocations).toHaveLength(1);
    expect(revocations[0]).toMatchObject({ username: 'admin', before: { user: 'owner2', revokedAt: null } });
    expect(listApiTokens(db, { username: 'owner2' })[0]).toMatchObject({ revokeReason: 'revoked' });
  });

  it('knows no actor for a malformed or unknown secret', () => {
    expect(refusalOf('jx_unknown')).toBe('访问令牌无效');
    expect(refusalOf('not-a-token')).toBe('访问令牌无效');
    expect(refusalOf(`jx_${'a'.repeat(200)}`)).toBe('访问令牌无效');
  });
});
