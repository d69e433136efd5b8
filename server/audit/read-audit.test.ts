import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { parseAuditParams } from '@/lib/audit/params';
import { beijingDay } from '@/lib/calendar/shanghai';
import { signInWithPassword } from '../auth/sign-in';
import { ForbiddenError } from '../errors';
import { actorOf, createDemoDb } from '@/test/support/demo-db';
import { createUser } from '../users/create-user';
import { exportAuditLog } from './export-audit';
import { readAuditLog } from './read-audit';

let db: Db;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = createDemoDb());
  signInWithPassword(db, { username: 'admin', password: 'demo1234', ip: null });
  createUser(db, actorOf(db, 'admin'), { username: 'cmd1', displayName: '=cmd|calc', role: 'auditor', departmentId: null, password: 'abcd1234' });
  signInWithPassword(db, { username: 'owner', password: 'wrong', ip: null });
});
afterAll(() => cleanup());

describe('reading the audit log', () => {
  it('is for the auditor and the administrator only', () => {
    for (const username of ['leader', 'owner', 'owner2']) {
      expect(() => readAuditLog(db, actorOf(db, username), parseAuditParams({}))).toThrow(ForbiddenError);
      expect(() => exportAuditLog(db, actorOf(db, username), parseAuditParams({}))).toThrow(ForbiddenError);
    }
  });

  it('shows the newest first, filtered by user, action and day', () => {
    const auditor = actorOf(db, 'auditor');
    const all = readAuditLog(db, auditor, parseAuditParams({}));
    expect(all.records.map((r) => r.action)).toEqual(['login.failed', 'user.create', 'login', 'import']);
    expect(all.facets.actions).toEqual(['import', 'login', 'login.failed', 'user.create']);
    expect(readAuditLog(db, auditor, parseAuditParams({ user: 'admin', action: 'user.create' })).total).toBe(1);
    expect(readAuditLog(db, auditor, parseAuditParams({ to: '2000-01-01' })).total).toBe(0);
    // The days the records were written on (Beijing time): a run that crosses midnight spans two of them.
    const days = all.records.map((r) => beijingDay(new Date(r.at))).sort();
    expect(readAuditLog(db, auditor, parseAuditParams({ from: days[0], to: days.at(-1) })).total).toBe(4);
    const dayAfter = beijingDay(new Date(new Date(all.records[0].at).getTime() + 24 * 3600_000));
    expect(readAuditLog(db, auditor, parseAuditParams({ from: dayAfter })).total).toBe(0);
    expect(readAuditLog(db, auditor, parseAuditParams({ page: '9' })).page).toBe(1);
  });

  it('exports CSV with a BOM, formula-safe, and records the export', () => {
    // 16:30 UTC on 31 March is already 1 April in Beijing: the file is named by the Beijing day.
    const file = exportAuditLog(db, actorOf(db, 'auditor'), parseAuditParams({ action: 'user.create' }), new Date('2024-03-31T16:30:00Z'));
    const text = String(file.body);
    expect(text.startsWith('\uFEFF时间（北京时间）,')).toBe(true);
    expect(text).toContain('新建用户,user.create');
    expect(text).toContain(`"{""username"":""cmd1"",""displayName"":""=cmd|calc""`);
    expect(file.filename).toBe('审计日志-2024-04-01.csv');
    expect(file.fallbackFilename).toBe('audit-log-2024-04-01.csv');
    const latest = readAuditLog(db, actorOf(db, 'admin'), parseAuditParams({})).records[0];
    expect(latest).toMatchObject({ action: 'audit.export', username: 'auditor', after: { filters: { action: 'user.create' }, rows: 1 } });
  });
});
