import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { auditLog, users } from '@/db/schema';
import { passwordChangeOf, loadPasswordExpiry } from '../auth/password-expiry';
import { isDemoMode } from '../demo/demo-mode';
import { ForbiddenError, ValidationError } from '../errors';
import { actorOf, createDemoDb } from '@/test/support/demo-db';
import { changePassword } from '../users/change-password';
import { END_DEMO_CONFIRMATION, endDemoMode } from './end-demo-mode';
import { updatePasswordExpiry } from './update-password-expiry';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

const userRow = (username: string) => db.select().from(users).where(eq(users.username, username)).get()!;
const lastAudit = (action: string) => db.select().from(auditLog).where(eq(auditLog.action, action)).all().at(-1);

describe('turning demo mode off', { timeout: 30_000 }, () => {
  it('is for the administrator only, and needs the confirmation', () => {
    for (const username of ['leader', 'owner', 'caizheng', 'auditor']) {
      expect(() => endDemoMode(db, actorOf(db, username), { confirm: END_DEMO_CONFIRMATION })).toThrow(ForbiddenError);
    }
    expect(() => endDemoMode(db, actorOf(db, 'admin'), {})).toThrow(ValidationError);
    expect(isDemoMode(db)).toBe(true);
  });

  it('makes each demo account still on demo1234 change it; one that changed already is left alone', () => {
    changePassword(db, actorOf(db, 'owner2'), { current: 'demo1234', next: 'Owner2pass', confirm: 'Owner2pass' });
    expect(endDemoMode(db, actorOf(db, 'admin'), { confirm: END_DEMO_CONFIRMATION })).toBe(true);
    expect(isDemoMode(db)).toBe(false);
    for (const username of ['admin', 'leader', 'owner', 'auditor', 'caizheng']) expect(passwordChangeOf(db, userRow(username)), username).toBe('demo');
    expect(passwordChangeOf(db, userRow('owner2'))).toBeNull();
    expect(lastAudit('settings.demo_mode')).toMatchObject({
      username: 'admin',
      before: { demoMode: true },
      after: { demoMode: false, mustChangePassword: ['admin', 'leader', 'owner', 'auditor', 'caizheng'] },
    });
    expect(endDemoMode(db, actorOf(db, 'admin'), { confirm: END_DEMO_CONFIRMATION })).toBe(false);
  });

  it('lets a demo account choose a new password, after which it may work again', () => {
    changePassword(db, actorOf(db, 'leader'), { current: 'demo1234', next: 'Leader2025', confirm: 'Leader2025' });
    expect(passwordChangeOf(db, userRow('leader'))).toBeNull();
  });
});

describe('password expiry', () => {
  it('is off by default and set by the administrator alone, within bounds', () => {
    expect(loadPasswordExpiry(db)).toEqual({ passwordMaxAgeDays: null });
    expect(() => updatePasswordExpiry(db, actorOf(db, 'leader'), { passwordMaxAgeDays: '90' })).toThrow(ForbiddenError);
    for (const bad of ['3', '99999', '1.5', 'abc', '-90', '9'.repeat(100)]) {
      expect(() => updatePasswordExpiry(db, actorOf(db, 'admin'), { passwordMaxAgeDays: bad }), bad).toThrow(ValidationError);
    }
    expect(loadPasswordExpiry(db)).toEqual({ passwordMaxAgeDays: null });
  });

  it('asks for a change once a password is older than the setting, and is audited', () => {
    const admin = actorOf(db, 'admin');
    expect(updatePasswordExpiry(db, admin, { passwordMaxAgeDays: '９０' })).toEqual({ expiry: { passwordMaxAgeDays: 90 }, changed: true });
    expect(lastAudit('settings.password_expiry')).toMatchObject({ before: { passwordMaxAgeDays: null }, after: { passwordMaxAgeDays: 90 } });
    const leader = userRow('leader');
    expect(passwordChangeOf(db, leader)).toBeNull();
    expect(passwordChangeOf(db, leader, new Date(Date.now() + 91 * 86_400_000))).toBe('expired');
    expect(updatePasswordExpiry(db, admin, { passwordMaxAgeDays: '90' }).changed).toBe(false);
    expect(updatePasswordExpiry(db, admin, { passwordMaxAgeDays: '' })).toEqual({ expiry: { passwordMaxAgeDays: null }, changed: true });
    expect(passwordChangeOf(db, leader, new Date(Date.now() + 9000 * 86_400_000))).toBeNull();
  });
});
