import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { auditLog, users } from '@/db/schema';
import { signInWithPassword } from '../auth/sign-in';
import { ForbiddenError, ValidationError } from '../errors';
import { actorOf, createDemoDb } from '@/test/support/demo-db';
import { assignProjectOwners } from './assign-project-owners';
import { createUser } from './create-user';
import { resetPassword } from './reset-password';
import { setUserEnabled } from './set-user-enabled';
import { unlockUser } from './unlock-user';
import { updateUser } from './update-user';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

const userRow = (username: string) => db.select().from(users).where(eq(users.username, username)).get();
const lastAudit = (action: string) => db.select().from(auditLog).where(eq(auditLog.action, action)).all().at(-1);
const auditCount = () => db.select().from(auditLog).all().length;
const signIn = (username: string, password: string, ip: string | null = null) => signInWithPassword(db, { username, password, ip });
const newOwner = (username: string, password = 'secret123') => ({ username, displayName: `负责人${username}`, role: 'owner', departmentId: 1, password });

describe('user management', { timeout: 30_000 }, () => {
  it('refuses a weak initial password with the policy in Chinese, creating nobody', () => {
    const admin = actorOf(db, 'admin');
    expect(() => createUser(db, admin, newOwner('weak', 'abc'))).toThrow('密码至少需要 8 个字符');
    expect(() => createUser(db, admin, newOwner('weak', 'abcdefgh'))).toThrow('密码须包含至少一个数字');
    expect(userRow('weak')).toBeUndefined();
  });

  it('creates a user who can sign in with a one-time password, audited without password or hash', () => {
    const { id } = createUser(db, actorOf(db, 'admin'), newOwner('owner3'));
    const row = userRow('owner3')!;
    expect(row).toMatchObject({ id, role: 'owner', departmentId: 1, mustChangePassword: 'initial' });
    expect(signIn('owner3', 'secret123').ok).toBe(true);
    const audit = lastAudit('user.create')!;
    expect(audit).toMatchObject({ username: 'admin', entity: 'user', entityId: String(id), before: null });
    expect(audit.after).toMatchObject({ username: 'owner3', role: 'owner', department: '广州市地方金融监督管理局', mustChangePassword: '初始密码（一次性）' });
    expect(JSON.stringify(audit)).not.toContain('secret123');
    expect(JSON.stringify(audit)).not.toContain(row.passwordHash);
  });

  it('refuses a taken username in any case, and a leader without a department', () => {
    const admin = actorOf(db, 'admin');
    expect(() => createUser(db, admin, newOwner('OWNER3'))).toThrow('已存在');
    expect(() => createUser(db, admin, { ...newOwner('lead2'), role: 'leader', departmentId: null })).toThrow('须选择所属部门');
    expect(() => createUser(db, admin, { ...newOwner('x'), username: '中文名' })).toThrow(ValidationError);
  });

  it('gives the administrator and the auditor no department', () => {
    createUser(db, actorOf(db, 'admin'), { ...newOwner('auditor2'), role: 'auditor' });
    expect(userRow('auditor2')!.departmentId).toBeNull();
  });

  it('refuses every user and right change to anyone but the administrator, writing nothing', () => {
    const target = userRow('owner3')!;
    const before = auditCount();
    for (const username of ['leader', 'owner', 'owner2', 'caizheng', 'auditor']) {
      const actor = actorOf(db, username);
      expect(() => createUser(db, actor, newOwner(`by-${username}`))).toThrow(ForbiddenError);
      expect(() => updateUser(db, actor, target.id, { displayName: 'x', role: 'admin', departmentId: null })).toThrow(ForbiddenError);
      expect(() => resetPassword(db, actor, target.id, { password: 'another123' })).toThrow(ForbiddenError);
      expect(() => unlockUser(db, actor, target.id)).toThrow(ForbiddenError);
      expect(() => setUserEnabled(db, actor, target.id, false)).toThrow(ForbiddenError);
      expect(() => assignProjectOwners(db, actor, { budgetYearId: 1, assignments: [] })).toThrow(ForbiddenError);
    }
    expect(auditCount()).toBe(before);
    expect(userRow('owner3')).toEqual(target);
  });

  it('changes a role and department with before and after in the audit', () => {
    const target = userRow('auditor2')!;
    expect(updateUser(db, actorOf(db, 'admin'), target.id, { displayName: '新领导', role: 'leader', departmentId: 1 })).toBe(true);
    expect(userRow('auditor2')).toMatchObject({ role: 'leader', departmentId: 1, displayName: '新领导' });
    const audit = lastAudit('user.update')!;
    expect(audit.before).toMatchObject({ role: 'auditor', departmentId: null });
    expect(audit.after).toMatchObject({ role: 'leader', departmentId: 1, displayName: '新领导' });
    expect(updateUser(db, actorOf(db, 'admin'), target.id, { displayName: '新领导', role: 'leader', departmentId: 1 })).toBe(false);
  });

  it('keeps the last administrator, but lets one of two step down', () => {
    const admin = actorOf(db, 'admin');
    const demote = { displayName: '系统管理员', role: 'leader', departmentId: 1 };
    expect(() => updateUser(db, admin, admin.id, demote)).toThrow('至少需要保留一名可用的系统管理员');
    expect(userRow('admin')!.role).toBe('admin');
    const { id } = createUser(db, admin, { ...newOwner('admin2'), role: 'admin' });
    updateUser(db, admin, id, { displayName: '备用管理员', role: 'auditor', departmentId: null });
    expect(userRow('admin2')!.role).toBe('auditor');
  });

  it('will not take an owner off projects nobody else owns', () => {
    const owner2 = userRow('owner2')!;
    expect(() => updateUser(db, actorOf(db, 'admin'), owner2.id, { displayName: owner2.displayName, role: 'leader', departmentId: 1 })).toThrow(
      '唯一负责人',
    );
    expect(userRow('owner2')!.role).toBe('owner');
  });

  it('resets a password to a one-time password, lifting a lockout; unlocks; audited without secrets', () => {
    const admin = actorOf(db, 'admin');
    const target = userRow('owner3')!;
    for (let i = 0; i < 5; i++) signIn('owner3', 'wrong-pass1', '203.0.113.9');
    expect(signIn('owner3', 'secret123', '203.0.113.9')).toEqual({ ok: false, reason: 'locked' });
    expect(unlockUser(db, admin, target.id)).toBe(true);
    const unlock = lastAudit('user.unlock')!;
    expect(unlock.before).toMatchObject({ username: 'owner3' });
    expect((unlock.before as { failedSignIns: string[] }).failedSignIns.join()).toContain('该用户名在该地址 203.0.113.9：输错 5 次，锁定至');
    expect(unlock.after).toEqual({ username: 'owner3', failedSignIns: [] });
    expect(unlockUser(db, admin, target.id)).toBe(false);
    expect(signIn('owner3', 'secret123', '203.0.113.9').ok).toBe(true);

    for (let i = 0; i < 5; i++) signIn('owner3', 'wrong-pass1', '203.0.113.9');
    expect(() => resetPassword(db, admin, target.id, { password: 'short1' })).toThrow('至少需要 8 个字符');
    resetPassword(db, admin, target.id, { password: 'reset12345' });
    expect(signIn('owner3', 'reset12345', '203.0.113.9').ok).toBe(true);
    expect(userRow('owner3')!.mustChangePassword).toBe('reset');
    const audit = lastAudit('user.password_reset')!;
    expect(audit.after).toMatchObject({ username: 'owner3', unlocked: true, mustChangePassword: '管理员重置（一次性）' });
    expect(JSON.stringify(audit)).not.toContain('reset12345');
    expect(JSON.stringify(audit)).not.toContain(userRow('owner3')!.passwordHash);
  });

  it('disables and enables an account, audited; never the last enabled administrator, nor oneself', () => {
    const admin = actorOf(db, 'admin');
    const target = userRow('owner3')!;
    expect(setUserEnabled(db, admin, target.id, false)).toBe(true);
    expect(userRow('owner3')!.disabledAt).not.toBeNull();
    expect(setUserEnabled(db, admin, target.id, false)).toBe(false);
    expect(lastAudit('user.disable')).toMatchObject({ username: 'admin', entityId: String(target.id), before: { disabledAt: null } });
    expect(signIn('owner3', 'reset12345')).toEqual({ ok: false, reason: 'invalid' });
    expect(setUserEnabled(db, admin, target.id, true)).toBe(true);
    expect(lastAudit('user.enable')!.after).toMatchObject({ username: 'owner3', disabledAt: null });

    expect(() => setUserEnabled(db, admin, admin.id, false)).toThrow('不能停用自己的账户');
    const { id: spare } = createUser(db, admin, { ...newOwner('admin3'), role: 'admin' });
    expect(() => setUserEnabled(db, actorOf(db, 'admin3'), admin.id, false)).not.toThrow();
    expect(() => setUserEnabled(db, actorOf(db, 'admin'), spare, false)).toThrow('不能停用最后一名可用的系统管理员');
    expect(() => updateUser(db, actorOf(db, 'admin3'), spare, { displayName: 'x', role: 'leader', departmentId: 1 })).toThrow('至少需要保留一名可用的系统管理员');
    setUserEnabled(db, actorOf(db, 'admin3'), admin.id, true);
  });
});
