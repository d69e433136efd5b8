import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { auditLog, users } from '@/db/schema';
import { verifyCredentials } from '../auth/verify-credentials';
import { actorOf, createDemoDb } from '../test-support/demo-db';
import { changePassword } from './change-password';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

const change = (username: string, current: string, next: string, confirm = next) => changePassword(db, actorOf(db, username), { current, next, confirm });

describe('changePassword', () => {
  it('checks the policy, the confirmation and that the password is new', () => {
    expect(() => change('leader', 'demo1234', 'short1')).toThrow('至少需要 8 个字符');
    expect(() => change('leader', 'demo1234', 'newpass123', 'newpass124')).toThrow('两次输入的新密码不一致');
    expect(() => change('leader', 'demo1234', 'demo1234')).toThrow('新密码不能与当前密码相同');
  });

  it('changes it for every role: the old password then fails, the new works; audited without secrets', () => {
    change('auditor', 'demo1234', 'Audit2024');
    expect(verifyCredentials(db, 'auditor', 'demo1234')).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyCredentials(db, 'auditor', 'Audit2024').ok).toBe(true);
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'password.change')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ username: 'auditor', entity: 'user' });
    const hash = db.select().from(users).where(eq(users.username, 'auditor')).get()!.passwordHash;
    for (const secret of ['demo1234', 'Audit2024', hash]) expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it('counts a wrong current password like a failed login and locks after five', () => {
    for (let i = 0; i < 4; i++) expect(() => change('owner2', 'guess1234', 'newpass123')).toThrow('当前密码不正确');
    expect(() => change('owner2', 'guess1234', 'newpass123')).toThrow('账户已锁定');
    expect(() => change('owner2', 'demo1234', 'newpass123')).toThrow('账户已锁定');
    expect(verifyCredentials(db, 'owner2', 'demo1234')).toEqual({ ok: false, reason: 'locked' });
    const actions = db.select().from(auditLog).where(eq(auditLog.username, 'owner2')).all().map((a) => a.action);
    expect(actions).toEqual([...Array(4).fill('password.change_failed'), 'login.lockout', 'login.locked']);
  });
});
