import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { auditLog, sessions, users } from '@/db/schema';
import { LOCKOUT_MINUTES, THROTTLE_LIMITS } from '@/lib/auth/sign-in-throttle';
import { actorOf, createDemoDb } from '@/test/support/demo-db';
import { setAccountEnabled } from '../users/set-user-enabled';
import * as password from './password';
import { signInWithPassword } from './sign-in';

vi.mock('./password', async (importOriginal) => {
  const original = await importOriginal<typeof import('./password')>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());
beforeEach(() => {
  vi.mocked(password.verifyPassword).mockClear();
});

const t0 = new Date('2030-05-01T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const attempt = (username: string, pw: string, ip: string | null, when = t0) => signInWithPassword(db, { username, password: pw, ip }, when);
const auditOf = (action: string) => db.select().from(auditLog).where(eq(auditLog.action, action)).all();

// Each attempt is a real scrypt verification; the ceilings take dozens of them, so a busy machine needs time.
describe('signInWithPassword', { timeout: 60_000 }, () => {
  it('starts a server-side session from the client’s address and audits the sign-in', () => {
    const result = attempt('auditor', 'demo1234', '198.51.100.9');
    expect(result.ok).toBe(true);
    const session = db.select().from(sessions).where(eq(sessions.id, result.ok ? result.sessionId : '')).get();
    expect(session).toMatchObject({ userId: actorOf(db, 'auditor').id, ip: '198.51.100.9', endedAt: null });
    expect(auditOf('login').at(-1)).toMatchObject({ username: 'auditor', channel: 'session', ip: '198.51.100.9' });
  });

  it('locks one username from one address after five wrong passwords, even for the right one, for 15 minutes', () => {
    for (let i = 0; i < THROTTLE_LIMITS.pair - 1; i++) expect(attempt('leader', 'wrong-pw1', '203.0.113.1')).toEqual({ ok: false, reason: 'invalid' });
    expect(attempt('leader', 'wrong-pw1', '203.0.113.1')).toEqual({ ok: false, reason: 'locked' });
    expect(attempt('leader', 'demo1234', '203.0.113.1', at(LOCKOUT_MINUTES - 1))).toEqual({ ok: false, reason: 'locked' });
    expect(attempt('LEADER', 'demo1234', '203.0.113.1', at(1))).toEqual({ ok: false, reason: 'locked' });
    expect(attempt('leader', 'demo1234', '203.0.113.1', at(LOCKOUT_MINUTES)).ok).toBe(true);
  });

  it('leaves the same user free to sign in from another address meanwhile', () => {
    for (let i = 0; i < THROTTLE_LIMITS.pair; i++) attempt('owner', 'wrong-pw1', '203.0.113.2');
    expect(attempt('owner', 'demo1234', '203.0.113.2', at(1))).toEqual({ ok: false, reason: 'locked' });
    expect(attempt('owner', 'demo1234', '192.0.2.50', at(1)).ok).toBe(true);
  });

  it('audits failures with the username as typed and the address, lockouts with their scope, never a password', () => {
    const failed = auditOf('login.failed').filter((r) => r.ip === '203.0.113.1');
    expect(failed).toHaveLength(THROTTLE_LIMITS.pair);
    expect(failed[0]).toMatchObject({ username: 'leader', channel: 'session', after: { username: 'leader', reason: '密码错误' } });
    expect(auditOf('login.lockout').find((r) => r.ip === '203.0.113.1')?.after).toMatchObject({ username: 'leader', scope: '该用户名在该地址' });
    expect(auditOf('login.locked').filter((r) => r.ip === '203.0.113.1')).toHaveLength(2);
    expect(JSON.stringify(db.select().from(auditLog).all())).not.toContain('wrong-pw1');
  });

  it('checks an unknown username against a dummy hash and answers as for a wrong password', () => {
    expect(attempt('nobody', 'guess1234', '203.0.113.3')).toEqual({ ok: false, reason: 'invalid' });
    expect(password.verifyPassword).toHaveBeenCalledTimes(1);
    const [typed, hash] = vi.mocked(password.verifyPassword).mock.calls[0];
    expect(typed).toBe('guess1234');
    expect(hash).toBe(password.unknownUserHash());
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(auditOf('login.failed').at(-1)).toMatchObject({ userId: null, username: null, ip: '203.0.113.3', after: { username: 'nobody', reason: '用户名不存在' } });
    for (let i = 0; i < THROTTLE_LIMITS.pair - 1; i++) attempt('nobody', 'guess1234', '203.0.113.3');
    expect(attempt('nobody', 'guess1234', '203.0.113.3')).toEqual({ ok: false, reason: 'locked' });
  });

  it('refuses a disabled account with the right password exactly as a wrong one, after the same hash check', () => {
    const owner2 = db.select().from(users).where(eq(users.username, 'owner2')).get()!;
    setAccountEnabled(db, owner2, false, actorOf(db, 'admin'));
    expect(attempt('owner2', 'demo1234', '203.0.113.4')).toEqual({ ok: false, reason: 'invalid' });
    expect(password.verifyPassword).toHaveBeenCalledWith('demo1234', owner2.passwordHash);
    expect(auditOf('login.failed').at(-1)?.after).toMatchObject({ username: 'owner2', reason: '账户已停用' });
    setAccountEnabled(db, db.select().from(users).where(eq(users.username, 'owner2')).get()!, true, actorOf(db, 'admin'));
    expect(attempt('owner2', 'demo1234', '203.0.113.4').ok).toBe(true);
  });

  it('stops one address trying many usernames: its ceiling locks every username from it, not from elsewhere', () => {
    const ip = '203.0.113.5';
    for (let i = 0; i < THROTTLE_LIMITS.network; i++) attempt(`spray${i}`, 'guess1234', ip);
    expect(attempt('auditor', 'demo1234', ip, at(1))).toEqual({ ok: false, reason: 'locked' });
    expect(auditOf('login.lockout').find((r) => r.ip === ip)?.after).toMatchObject({ scope: '该地址的所有用户名' });
    expect(attempt('auditor', 'demo1234', '203.0.113.6', at(1)).ok).toBe(true);
    expect(attempt('auditor', 'demo1234', ip, at(LOCKOUT_MINUTES + 1)).ok).toBe(true);
  });

  it('bounds guesses from rotating addresses, yet the owner still signs in from an address they used before', () => {
    const later = at(120);
    expect(attempt('admin', 'demo1234', '192.0.2.10', later).ok).toBe(true);
    for (let i = 0; i < THROTTLE_LIMITS.account; i++) attempt('admin', 'guess1234', `198.18.0.${i + 1}`, later);
    expect(attempt('admin', 'demo1234', '198.18.1.1', later)).toEqual({ ok: false, reason: 'locked' });
    expect(attempt('admin', 'demo1234', '192.0.2.10', later).ok).toBe(true);
    expect(attempt('admin', 'demo1234', '198.18.1.1', at(120 + LOCKOUT_MINUTES)).ok).toBe(true);
  });

  it('refuses malformed input without looking anything up: over-long names and passwords, control characters', () => {
    for (const [username, pw] of [['a'.repeat(65), 'demo1234'], ['admin\u0000', 'demo1234'], ['ad\nmin', 'demo1234'], ['ad\u202emin', 'x'], ['admin', 'p'.repeat(257)], ['', 'demo1234'], ['admin', '']]) {
      expect(attempt(username, pw, '203.0.113.7', at(300))).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(signInWithPassword(db, { username: 42, password: ['demo1234'], ip: '203.0.113.7' }, at(300))).toEqual({ ok: false, reason: 'invalid' });
    expect(password.verifyPassword).not.toHaveBeenCalled();
    expect(auditOf('login.failed').at(-1)?.after).toMatchObject({ reason: '输入格式无效' });
  });
});
