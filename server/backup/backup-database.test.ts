import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoDb } from '@/test/support/demo-db';
import { backupDatabase } from './backup-database';

/** Another process writing as fast as it can, each transaction adding a row and counting it (at most 15 s). */
const WRITER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = NORMAL');
const insert = db.prepare('INSERT INTO backup_probe (payload) VALUES (randomblob(512))');
const bump = db.prepare('UPDATE backup_probe_total SET n = n + 1');
const write = db.transaction(() => { insert.run(); bump.run(); });
const end = Date.now() + 15000;
for (let i = 0; i < 1000000 && Date.now() < end; i++) write();
`;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('backupDatabase', () => {
  it('takes a consistent copy while another process keeps writing', async () => {
    const { db, file, cleanup } = createDemoDb();
    cleanups.push(cleanup);
    db.$client.exec('CREATE TABLE backup_probe (id INTEGER PRIMARY KEY, payload BLOB); CREATE TABLE backup_probe_total (n INTEGER); INSERT INTO backup_probe_total VALUES (0)');
    const probes = () => (db.$client.prepare('SELECT count(*) AS n FROM backup_probe').get() as { n: number }).n;
    const writer = spawn(process.execPath, ['-e', WRITER, file], { stdio: ['ignore', 'ignore', 'pipe'] });
    cleanups.unshift(() => writer.kill('SIGKILL'));
    for (let i = 0; i < 200 && probes() < 500; i++) await sleep(50);

    const before = probes();
    expect(before).toBeGreaterThanOrEqual(500);
    const target = path.join(path.dirname(file), 'online.db');
    const result = await backupDatabase(file, target);
    const after = probes();
    writer.kill('SIGKILL');

    expect(after).toBeGreaterThan(before); // the writer kept going during the backup
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    const rows = (copy.prepare('SELECT count(*) AS n FROM backup_probe').get() as { n: number }).n;
    const total = (copy.prepare('SELECT n FROM backup_probe_total').get() as { n: number }).n;
    copy.close();
    expect(rows).toBe(total); // no half of a transaction
    expect(rows).toBeGreaterThanOrEqual(before);
    expect(rows).toBeLessThanOrEqual(after);
    expect(result.tables.find((t) => t.table === 'backup_probe')?.rows).toBe(rows);
  }, 60_000);
});
