import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { count, getTableName } from 'drizzle-orm';
import * as schema from '@/db/schema';
import { passwordPolicyErrors } from '@/lib/auth/password-policy';
import { passwordChangeOf } from '../auth/password-expiry';
import { signInWithPassword } from '../auth/sign-in';
import { isDemoMode } from '../demo/demo-mode';
import { prepareDatabase } from './prepare-database';
import { seedingMessage } from './seeding-message';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-seed-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const TABLES = [
  schema.departments, schema.budgetYears, schema.projects, schema.projectOwners, schema.indicators, schema.entries,
  schema.budgetExecutions, schema.apiTokens, schema.loginThrottle,
];

describe('DEMO_DATA=0: the first start of a real install', () => {
  const file = path.join(dir, 'real.db');
  const { db, seeded } = prepareDatabase(file, { demoData: false, demoActivity: true });
  afterAll(() => db.$client.close());

  it('creates one administrator with a random one-time password meeting the policy, and nothing else', () => {
    expect(seeded.kind).toBe('admin');
    const password = seeded.kind === 'admin' ? seeded.password : '';
    expect(password).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);
    expect(passwordPolicyErrors(password)).toEqual([]);
    const users = db.select().from(schema.users).all();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ username: 'admin', role: 'admin', departmentId: null, mustChangePassword: 'initial', disabledAt: null });
    for (const table of TABLES) expect(db.select({ n: count() }).from(table).get()!.n, getTableName(table)).toBe(0);
    expect(isDemoMode(db)).toBe(false);
    const audit = db.select().from(schema.auditLog).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'user.create', channel: 'system', userId: null });
    expect(JSON.stringify(audit)).not.toContain(password);
  });

  it('lets the administrator sign in once with it, and then must change it', () => {
    const password = seeded.kind === 'admin' ? seeded.password : '';
    const result = signInWithPassword(db, { username: 'admin', password, ip: null });
    expect(result.ok).toBe(true);
    expect(result.ok && passwordChangeOf(db, result.user)).toBe('initial');
    expect(signInWithPassword(db, { username: 'admin', password: 'demo1234', ip: null }).ok).toBe(false);
  });

  it('prints the password once, in Chinese, and nothing on the next start', () => {
    const message = seedingMessage(seeded, file);
    const password = seeded.kind === 'admin' ? seeded.password : '';
    expect(message.split(password)).toHaveLength(2);
    expect(message).toContain('一次性初始密码');
    expect(message).toContain('首次登录后必须修改');
    const again = prepareDatabase(file, { demoData: false });
    expect(again.seeded).toEqual({ kind: 'none' });
    expect(again.db.select().from(schema.users).all()).toHaveLength(1);
    again.db.$client.close();
    expect(seedingMessage(again.seeded, file)).toBe(`使用已有数据库：${file}`);
  });
});

describe('the demo (the default)', () => {
  it('loads the table and the demo accounts in demo mode, and says so', () => {
    const { db, seeded } = prepareDatabase(path.join(dir, 'demo.db'));
    expect(seeded).toEqual({ kind: 'demo' });
    expect(isDemoMode(db)).toBe(true);
    expect(db.select().from(schema.users).all().map((u) => [u.username, u.mustChangePassword])).toEqual([
      ['admin', null], ['leader', null], ['owner', null], ['owner2', null], ['auditor', null], ['caizheng', null],
    ]);
    expect(seedingMessage(seeded, 'x.db')).toContain('示例账户的密码均为 demo1234');
    db.$client.close();
  });
});
