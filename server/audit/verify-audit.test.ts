import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '@/db/client';
import { auditLog } from '@/db/schema';
import { createDemoDb } from '@/test/support/demo-db';
import { recordAudit } from './record-audit';
import { verifyAuditLog } from './verify-audit';

let db: Db;
let file: string;
let cleanup: () => void;
beforeEach(() => ({ db, file, cleanup } = createDemoDb()));
afterEach(() => cleanup());

const admin = { id: 1, username: 'admin', origin: { channel: 'session' as const, ip: '192.0.2.7' } };

/** Changes the log the way someone with the file and the sqlite3 shell could: around the append-only triggers. */
function tamper(sql: string) {
  const raw = new Database(file);
  raw.exec(`DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; ${sql};
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, '审计日志不可修改'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, '审计日志不可删除'); END;`);
  raw.close();
}

function appendSome(n: number) {
  for (let i = 0; i < n; i += 1) recordAudit(db, { actor: admin, action: 'settings.update', entity: 'settings', entityId: 'monitoring', after: { i } });
}

describe('verifyAuditLog', () => {
  it('passes on the log as the app writes it, which records channel and address', () => {
    appendSome(3);
    const result = verifyAuditLog(db);
    expect(result).toMatchObject({ ok: true, broken: null });
    expect(result.rows).toBeGreaterThan(3);
    const last = db.select().from(auditLog).all().at(-1)!;
    expect(last).toMatchObject({ channel: 'session', ip: '192.0.2.7', username: 'admin', after: { i: 2 } });
    expect(last.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names a row edited behind the triggers', () => {
    appendSome(3);
    const id = db.select().from(auditLog).all().at(-2)!.id;
    tamper(`UPDATE audit_log SET after = '{"i":99}' WHERE id = ${id}`);
    expect(verifyAuditLog(db)).toMatchObject({ ok: false, broken: { id } });
  });

  it('names the row after a deleted one, and notices rows deleted from the end', () => {
    appendSome(4);
    const ids = db.select().from(auditLog).all().map((r) => r.id);
    tamper(`DELETE FROM audit_log WHERE id = ${ids.at(-3)}`);
    expect(verifyAuditLog(db)).toMatchObject({ ok: false, broken: { id: ids.at(-2) } });
    cleanup();
    ({ db, file, cleanup } = createDemoDb());
    appendSome(2);
    const last = db.select().from(auditLog).all().at(-1)!.id;
    tamper(`DELETE FROM audit_log WHERE id = ${last}`);
    expect(verifyAuditLog(db)).toMatchObject({ ok: false, broken: { id: last, reason: expect.stringContaining('末尾缺失') } });
  });

  it('keeps one chain when two connections append in turn', () => {
    const other = openDb(file);
    for (let i = 0; i < 5; i += 1) {
      recordAudit(db, { actor: admin, action: 'a', entity: 'e', after: { i } });
      recordAudit(other, { actor: null, action: 'b', entity: 'e', origin: { channel: 'cli' } });
    }
    other.$client.close();
    expect(verifyAuditLog(db).ok).toBe(true);
  });
});
