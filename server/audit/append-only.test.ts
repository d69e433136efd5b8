import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { auditLog } from '@/db/schema';
import { createDemoDb } from '@/test/support/demo-db';
import { recordAudit } from './record-audit';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

describe('the audit log is append-only', () => {
  it('refuses UPDATE and DELETE, even as raw SQL on the connection', () => {
    recordAudit(db, { actor: { id: 1, username: 'admin' }, action: 'user.create', entity: 'user', entityId: 9, after: { username: 'x' } });
    const before = db.$client.prepare('SELECT * FROM audit_log ORDER BY id').all();
    expect(before.length).toBeGreaterThan(0);
    expect(() => db.$client.prepare("UPDATE audit_log SET action = 'tampered'").run()).toThrow('审计日志不可修改');
    expect(() => db.$client.prepare('UPDATE audit_log SET before = NULL, after = NULL WHERE id = 1').run()).toThrow('审计日志不可修改');
    expect(() => db.$client.prepare('DELETE FROM audit_log').run()).toThrow('审计日志不可删除');
    expect(() => db.$client.exec('DELETE FROM audit_log WHERE id = 1')).toThrow('审计日志不可删除');
    expect(() => db.update(auditLog).set({ username: 'someone' }).where(eq(auditLog.id, 1)).run()).toThrow('审计日志不可修改');
    expect(() => db.delete(auditLog).run()).toThrow('审计日志不可删除');
    expect(db.$client.prepare('SELECT * FROM audit_log ORDER BY id').all()).toEqual(before);
  });

  it('keeps the triggers that enforce it', () => {
    const triggers = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name").all();
    expect(triggers).toEqual([{ name: 'audit_log_no_delete' }, { name: 'audit_log_no_update' }]);
  });
});
