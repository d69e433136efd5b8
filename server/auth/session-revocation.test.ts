import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { users } from '@/db/schema';
import { findUserById } from '@/db/queries/users';
import { actorOf, createDemoDb } from '../test-support/demo-db';
import { resetPassword } from '../users/reset-password';
import { isSessionValid, revokeSession } from './session-revocation';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

const user = (username: string) => findUserById(db, actorOf(db, username).id)!;

describe('session revocation', () => {
  it('refuses a session once it is revoked, and only that one', () => {
    const stamp = { sid: 'a', signedInAt: new Date().toISOString() };
    const other = { sid: 'b', signedInAt: stamp.signedInAt };
    expect(isSessionValid(db, user('leader'), stamp)).toBe(true);
    revokeSession(db, user('leader').id, 'a');
    revokeSession(db, user('leader').id, 'a');
    expect(isSessionValid(db, user('leader'), stamp)).toBe(false);
    expect(isSessionValid(db, user('leader'), other)).toBe(true);
  });

  it('refuses cookies without a session stamp (issued before stamps existed, or forged)', () => {
    expect(isSessionValid(db, user('owner'), { sid: '', signedInAt: '' })).toBe(false);
  });

  it('ends every earlier session of a user whose password the administrator resets', () => {
    const before = { sid: 'c', signedInAt: '2020-01-01T00:00:00.000Z' };
    expect(isSessionValid(db, user('owner2'), before)).toBe(true);
    resetPassword(db, actorOf(db, 'admin'), user('owner2').id, { password: 'reset12345' });
    expect(db.select().from(users).where(eq(users.username, 'owner2')).get()?.sessionsValidAfter).toBeTruthy();
    expect(isSessionValid(db, user('owner2'), before)).toBe(false);
    expect(isSessionValid(db, user('owner2'), { sid: 'd', signedInAt: new Date(Date.now() + 1000).toISOString() })).toBe(true);
  });
});
