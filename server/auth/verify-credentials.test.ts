import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { auditLog } from '@/db/schema';
import { createDemoDb } from '../test-support/demo-db';
import { LOCKOUT_MINUTES, verifyCredentials } from './verify-credentials';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

describe('verifyCredentials', () => {
  it('locks an account for 15 minutes after 5 wrong passwords, even for the right one', () => {
    const t0 = new Date('2024-05-01T08:00:00Z');
    for (let i = 0; i < 4; i++) expect(verifyCredentials(db, 'leader', 'wrong', t0)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyCredentials(db, 'leader', 'wrong', t0)).toEqual({ ok: false, reason: 'locked' });
    expect(verifyCredentials(db, 'leader', 'demo1234', new Date(t0.getTime() + (LOCKOUT_MINUTES * 60_000 - 1000)))).toEqual({
      ok: false,
      reason: 'locked',
    });
    expect(verifyCredentials(db, 'leader', 'demo1234', new Date(t0.getTime() + LOCKOUT_MINUTES * 60_000 + 1000)).ok).toBe(true);
  });

  it('audits logins and failed logins, an unknown name with what was typed but never a password', () => {
    verifyCredentials(db, 'nobody', 'pw-typed-1');
    const actions = db.select().from(auditLog).where(eq(auditLog.entity, 'user')).all();
    expect(actions.map((a) => a.action)).toEqual([...Array(4).fill('login.failed'), 'login.lockout', 'login.locked', 'login', 'login.failed']);
    expect(actions.at(-1)).toMatchObject({ userId: null, after: { username: 'nobody' } });
    expect(JSON.stringify(actions)).not.toContain('pw-typed-1');
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'login')).get()).toMatchObject({ username: 'leader' });
  });
});
