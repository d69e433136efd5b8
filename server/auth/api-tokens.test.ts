import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import type { Db } from '@/db';
import { apiTokens, auditLog } from '@/db/schema';
import { NotFoundError } from '../errors';
import { createDemoDb } from '../test-support/demo-db';
import { actorForToken, createApiTokenFor, listApiTokens, revokeApiToken } from './api-tokens';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

describe('API tokens', () => {
  it('creates a token for a user, keeping only its hash, and audits it without the secret', () => {
    const { id, secret } = createApiTokenFor(db, 'owner', 'CI');
    expect(secret).toMatch(/^jx_[\w-]{32}$/);
    const row = db.select().from(apiTokens).where(eq(apiTokens.id, id)).get()!;
    expect(row.tokenHash).not.toContain(secret);
    expect(actorForToken(db, secret)).toMatchObject({ username: 'owner', role: 'owner' });
    const audit = db.select().from(auditLog).where(like(auditLog.action, 'token.%')).all();
    expect(audit.at(-1)).toMatchObject({ action: 'token.create', entity: 'api_token', entityId: String(id) });
    expect(JSON.stringify(audit)).not.toContain(secret);
    expect(JSON.stringify(audit)).not.toContain(row.tokenHash);
  });

  it('refuses an unknown user', () => {
    expect(() => createApiTokenFor(db, 'nobody')).toThrow(NotFoundError);
  });

  it('lists tokens, of one user when asked, without secrets or hashes', () => {
    createApiTokenFor(db, 'leader');
    expect(listApiTokens(db).map((t) => t.username)).toEqual(['owner', 'leader']);
    const [token] = listApiTokens(db, 'leader');
    expect(Object.keys(token).sort()).toEqual(['createdAt', 'id', 'label', 'lastUsedAt', 'revokedAt', 'username']);
  });

  it('revokes a token for good, once, and audits it', () => {
    const { id, secret } = createApiTokenFor(db, 'owner2');
    expect(revokeApiToken(db, id)).toBe(true);
    expect(actorForToken(db, secret)).toBeNull();
    expect(revokeApiToken(db, id)).toBe(false);
    expect(() => revokeApiToken(db, 99_999)).toThrow(NotFoundError);
    const revocations = db.select().from(auditLog).where(eq(auditLog.action, 'token.revoke')).all();
    expect(revocations).toHaveLength(1);
    expect(listApiTokens(db, 'owner2')[0].revokedAt).not.toBeNull();
  });

  it('knows no actor for a malformed or unknown secret', () => {
    expect(actorForToken(db, 'jx_unknown')).toBeNull();
    expect(actorForToken(db, 'not-a-token')).toBeNull();
  });
});
