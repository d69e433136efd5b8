import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { sessions, users } from '@/db/schema';
import { UnauthorizedError } from '../errors';
import { actorOf, createDemoDb, signedInActor } from '@/test/support/demo-db';
import { changePassword } from '../users/change-password';
import { resetPassword } from '../users/reset-password';
import { setUserEnabled } from '../users/set-user-enabled';
import { createApiTokenFor } from './api-tokens';
import { authenticateToken } from './token-actor';
import { isRotation, resolveSession, SESSION_IDLE_MINUTES } from './sessions';
import { signInWithPassword } from './sign-in';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

const sessionRow = (id: string) => db.select().from(sessions).where(eq(sessions.id, id)).get()!;
const userId = (username: string) => actorOf(db, username).id;
const refusal = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    return error instanceof UnauthorizedError ? error.message : error;
  }
  return null;
};

describe('server-side sessions', { timeout: 30_000 }, () => {
  it('end, everywhere but here, when a user changes their password; this one is re-issued under a new id', () => {
    const here = signedInActor(db, 'leader');
    const elsewhere = signedInActor(db, 'leader', 'demo1234', '198.51.100.20');
    const token = createApiTokenFor(db, 'leader', { name: '大屏' });
    expect(authenticateToken(db, token.secret, null).username).toBe('leader');

    const { sessionId } = changePassword(db, here, { current: 'demo1234', next: 'Leader2024', confirm: 'Leader2024' });
    expect(sessionId).not.toBeNull();
    expect(sessionId).not.toBe(here.sessionId);
    expect(resolveSession(db, elsewhere.sessionId)).toBeNull();
    expect(sessionRow(elsewhere.sessionId)).toMatchObject({ endReason: 'password_change' });
    expect(resolveSession(db, here.sessionId)).toBeNull();
    expect(sessionRow(here.sessionId)).toMatchObject({ endReason: 'rotated' });
    expect(resolveSession(db, sessionId!)?.user.username).toBe('leader');
    expect(sessionRow(sessionId!).replaces).toBe(here.sessionId);
    expect(refusal(() => authenticateToken(db, token.secret, null))).toBe('访问令牌已吊销');
  });

  it('take up the re-issued id only from the session it replaced, for its user, just after the change', () => {
    const here = signedInActor(db, 'owner');
    const { sessionId } = changePassword(db, here, { current: 'demo1234', next: 'Owner2024x', confirm: 'Owner2024x' });
    const now = new Date();
    expect(isRotation(db, here.sessionId, sessionId, userId('owner'), now)).toBe(true);
    expect(isRotation(db, here.sessionId, 'made-up', userId('owner'), now)).toBe(false);
    expect(isRotation(db, here.sessionId, sessionId, userId('leader'), now)).toBe(false);
    expect(isRotation(db, sessionId!, here.sessionId, userId('owner'), now)).toBe(false);
    expect(isRotation(db, here.sessionId, sessionId, userId('owner'), new Date(now.getTime() + 120_000))).toBe(false);
    const live = signedInActor(db, 'owner', 'Owner2024x');
    expect(isRotation(db, live.sessionId, sessionId, userId('owner'), now)).toBe(false);
  });

  it('all end, and tokens are refused, when the administrator resets the password; the reset password is one-time', () => {
    const session = signedInActor(db, 'owner2');
    const token = createApiTokenFor(db, 'owner2', { name: 'CI' });
    resetPassword(db, actorOf(db, 'admin'), userId('owner2'), { password: 'Reset2024' });
    expect(resolveSession(db, session.sessionId)).toBeNull();
    expect(sessionRow(session.sessionId).endReason).toBe('password_reset');
    expect(refusal(() => authenticateToken(db, token.secret, null))).toBe('访问令牌已吊销');
    expect(db.select().from(users).where(eq(users.username, 'owner2')).get()!.mustChangePassword).toBe('reset');
    const again = signedInActor(db, 'owner2', 'Reset2024');
    expect(resolveSession(db, again.sessionId)).not.toBeNull();
  });

  it('all end, and neither sign-in nor tokens work, while an account is disabled', () => {
    const session = signedInActor(db, 'auditor');
    const token = createApiTokenFor(db, 'auditor', { name: '导出' });
    expect(setUserEnabled(db, actorOf(db, 'admin'), userId('auditor'), false)).toBe(true);
    expect(resolveSession(db, session.sessionId)).toBeNull();
    expect(sessionRow(session.sessionId).endReason).toBe('disabled');
    expect(refusal(() => authenticateToken(db, token.secret, null))).toBe('访问令牌已吊销');
    expect(signInWithPassword(db, { username: 'auditor', password: 'demo1234', ip: null })).toEqual({ ok: false, reason: 'invalid' });
    expect(createApiTokenFor.bind(null, db, 'auditor', {})).toThrow('已停用');
    setUserEnabled(db, actorOf(db, 'admin'), userId('auditor'), true);
    expect(resolveSession(db, session.sessionId)).toBeNull();
    expect(signInWithPassword(db, { username: 'auditor', password: 'demo1234', ip: null }).ok).toBe(true);
  });

  it('end after SESSION_IDLE_MINUTES without a request, and are refused for unknown or absurd ids', () => {
    const session = signedInActor(db, 'admin');
    const seen = new Date(Date.now() + 60_000);
    const idle = new Date(seen.getTime() + (SESSION_IDLE_MINUTES + 1) * 60_000);
    expect(resolveSession(db, session.sessionId, seen)).not.toBeNull();
    expect(sessionRow(session.sessionId).lastSeenAt).toBe(seen.toISOString());
    expect(resolveSession(db, session.sessionId, idle)).toBeNull();
    expect(sessionRow(session.sessionId).endReason).toBe('idle');
    for (const id of [undefined, '', 'unknown', 'x'.repeat(500)]) expect(resolveSession(db, id)).toBeNull();
  });
});
