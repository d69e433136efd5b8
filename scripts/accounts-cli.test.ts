import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { auditLog, users } from '@/db/schema';
import { signInWithPassword } from '@/server/auth/sign-in';
import { createDemoDb } from '@/test/support/demo-db';

let db: Db;
let file: string;
let cleanup: () => void;
beforeAll(() => ({ db, file, cleanup } = createDemoDb()));
afterAll(() => cleanup());

function cli(script: 'user' | 'token', ...args: string[]) {
  return spawnSync('node_modules/.bin/tsx', [`scripts/${script}.ts`, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: file } });
}
const lastAudit = (action: string) => db.select().from(auditLog).where(eq(auditLog.action, action)).all().at(-1);
const signIn = (username: string, password: string) => signInWithPassword(db, { username, password, ip: '203.0.113.50' });

describe('npm run -s user', () => {
  it('unlocks an account locked from an address, audited with channel cli', () => {
    for (let i = 0; i < 5; i++) signIn('leader', 'wrong-pw1');
    expect(signIn('leader', 'demo1234')).toEqual({ ok: false, reason: 'locked' });
    const result = cli('user', 'unlock', 'leader');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('已解除 leader 的锁定');
    expect(signIn('leader', 'demo1234').ok).toBe(true);
    expect(lastAudit('user.unlock')).toMatchObject({ channel: 'cli', userId: null, entityId: expect.any(String) });
    expect(cli('user', 'unlock', 'leader').stderr).toContain('没有登录失败记录');
  }, 30_000);

  it('disables and enables an account; refuses unknown users and commands', () => {
    expect(cli('user', 'disable', 'owner2').status).toBe(0);
    expect(signIn('owner2', 'demo1234')).toEqual({ ok: false, reason: 'invalid' });
    expect(lastAudit('user.disable')).toMatchObject({ channel: 'cli' });
    expect(cli('user', 'enable', 'owner2').status).toBe(0);
    expect(signIn('owner2', 'demo1234').ok).toBe(true);
    const unknown = cli('user', 'disable', 'nobody');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('用户“nobody”不存在');
    expect(cli('user', 'explode', 'owner').status).toBe(1);
  }, 30_000);

  it('resets a password to a printed one-time password, alone on stdout', () => {
    const result = cli('user', 'reset-password', 'auditor');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}\n$/);
    expect(signIn('auditor', result.stdout.trim()).ok).toBe(true);
    expect(db.select().from(users).where(eq(users.username, 'auditor')).get()!.mustChangePassword).toBe('reset');
    expect(JSON.stringify(lastAudit('user.password_reset'))).not.toContain(result.stdout.trim());
  }, 30_000);
});

describe('npm run -s token', () => {
  it('creates a named token with its expiry, prints only the secret, and lists it', () => {
    const created = cli('token', 'create', 'owner', '--name', '数据大屏', '--days', '30');
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^jx_[\w-]{32}\n$/);
    expect(created.stderr).toMatch(/已为用户 owner 创建令牌 #\d+「数据大屏」，有效期至 \d{4}-\d{2}-\d{2}/);
    const listed = cli('token', 'list', 'owner').stdout.split('\n');
    expect(listed[0]).toBe('编号\t用户\t状态\t名称\t创建时间\t到期时间\t最近使用');
    expect(listed[1]).toMatch(/^\d+\towner\t有效\t数据大屏\t/);
    const refused = cli('token', 'create', 'owner', '--days', '400');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('有效期不能超过 366 天');
    expect(cli('token', 'create', 'owner', '--bogus').status).toBe(1);
  }, 30_000);
});
