import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { auditLog, users } from '@/db/schema';
import { signInWithPassword } from '../auth/sign-in';
import { actorOf, createDemoDb } from '@/test/support/demo-db';
import { changePassword } from './change-password';
import { resetPassword } from './reset-password';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

const change = (username: string, current: string, next: string, confirm = next) => changePassword(db, actorOf(db, username), { current, next, confirm });
const signIn = (username: string, password: string) => signInWithPassword(db, { username, password, ip: null });
const userRow = (username: string) => db.select().from(users).where(eq(users.username, username)).get()!;

describe('changePassword', { timeout: 30_000 }, () => {
  it('checks the policy, the confirmation and that the password is new', () => {
    expect(() => change('leader', 'demo1234', 'short1')).toThrow('至少需要 8 个字符');
    expect(() => change('leader', 'demo1234', 'newpass123', 'newpass124')).toThrow('两次输入的新密码不一致');
    expect(() => change('leader', 'demo1234', 'demo1234')).toThrow('新密码不能与当前密码相同');
  });

  it('changes it for every role: the old password then fails, the new works; audited without secrets', () => {
    change('auditor', 'demo1234', 'Audit2024');
    expect(signIn('auditor', 'demo1234')).toEqual({ ok: false, reason: 'invalid' });
    expect(signIn('auditor', 'Audit2024').ok).toBe(true);
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'password.change')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ username: 'auditor', entity: 'user', after: { passwordChanged: true, sessionsEnded: 0, tokensRevoked: 0 } });
    const hash = userRow('auditor').passwordHash;
    for (const secret of ['demo1234', 'Audit2024', hash]) expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it('clears a one-time password and restarts the password’s age', () => {
    resetPassword(db, actorOf(db, 'admin'), userRow('leader').id, { password: 'Reset2024' });
    expect(userRow('leader').mustChangePassword).toBe('reset');
    const before = userRow('leader').passwordChangedAt;
    change('leader', 'Reset2024', 'Leader2025');
    expect(userRow('leader').mustChangePassword).toBeNull();
    expect(userRow('leader').passwordChangedAt >= before).toBe(true);
  });

  it('counts a wrong current password like a failed sign-in from the same address and locks after five', () => {
    for (let i = 0; i < 4; i++) expect(() => change('owner2', 'guess1234', 'newpass123')).toThrow('当前密码不正确');
    expect(() => change('owner2', 'guess1234', 'newpass123')).toThrow('登录失败次数过多');
    expect(() => change('owner2', 'demo1234', 'newpass123')).toThrow('登录失败次数过多');
    expect(signIn('owner2', 'demo1234')).toEqual({ ok: false, reason: 'locked' });
    expect(signInWithPassword(db, { username: 'owner2', password: 'demo1234', ip: '192.0.2.1' }).ok).toBe(true);
    const actions = db.select().from(auditLog).where(eq(auditLog.username, 'owner2')).all().map((a) => a.action);
    expect(actions).toEqual([...Array(5).fill('password.change_failed'), 'login.lockout', 'login.locked', 'login']);
  });
});
