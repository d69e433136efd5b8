/**
 * Crash safety of the production server: a burst of API writes, SIGKILL of the whole server mid-burst,
 * a restart on the same database, then `PRAGMA integrity_check` and every acknowledged write present.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createApiToken } from '@/server/auth/api-tokens';
import { prepareDatabase } from '@/server/setup/prepare-database';
import { actorOf } from '@/test/support/demo-db';
import { freePort, signalGroup, startProductionServer, waitUntilServing, type ProductionServer } from '@/scripts/support/production-server';
import { entryBody, quantitativeIndicatorIdsOf } from '@/test/support/writable-indicators';

const WRITES = 300;
const PARALLEL = 8;
const KILL_AFTER_ACKNOWLEDGED = 100;
const START_TIMEOUT = 420_000; // the first start builds into its own folder
const AUTH_SECRET = 'crash-test-secret-not-for-production-0123456789';

interface Write {
  indicatorId: number;
  period: string;
  value: number;
  note: string;
  /** HTTP status, or 0 when no response came (connection refused or dropped). */
  status?: number;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-crash-'));
const database = path.join(dir, 'jixiao.db');
const servers: ProductionServer[] = [];

async function start(): Promise<ProductionServer> {
  const server = startProductionServer({ database, port: await freePort(), authSecret: AUTH_SECRET });
  servers.push(server);
  await waitUntilServing(server, START_TIMEOUT);
  return server;
}

function put(server: ProductionServer, token: string, write: Write): Promise<number> {
  return fetch(`${server.url}/api/v1/indicators/${write.indicatorId}/entries/${write.period}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(entryBody(write.value, write.note)),
    signal: AbortSignal.timeout(15_000),
  }).then(
    (response) => (response.body?.cancel().catch(() => {}), response.status),
    () => 0,
  );
}

/** Sends the writes PARALLEL at a time; SIGKILLs the server's process group once enough were acknowledged. */
async function burst(server: ProductionServer, token: string, writes: Write[]): Promise<void> {
  let next = 0;
  let acknowledged = 0;
  const worker = async () => {
    while (next < writes.length) {
      const write = writes[next++];
      write.status = await put(server, token, write);
      if (write.status === 200 && ++acknowledged === KILL_AFTER_ACKNOWLEDGED) void signalGroup(server, 'SIGKILL');
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  await signalGroup(server, 'SIGKILL');
}

afterAll(async () => {
  for (const server of servers) await signalGroup(server, 'SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('crash safety', () => {
  it('keeps every acknowledged write and a sound database after SIGKILL during a burst of writes', async () => {
    const { db } = prepareDatabase(database);
    const token = createApiToken(db, actorOf(db, 'owner').id, { name: 'crash test' }).secret;
    const indicatorIds = quantitativeIndicatorIdsOf(db, 'owner');
    db.$client.close();
    expect(indicatorIds.length * 12).toBeGreaterThanOrEqual(WRITES + 1);
    // Each write its own indicator and month, so each stays the current entry there.
    const slot = (i: number) => ({ indicatorId: indicatorIds[i % indicatorIds.length], period: `2022-${String(Math.floor(i / indicatorIds.length) + 1).padStart(2, '0')}` });
    const writes: Write[] = Array.from({ length: WRITES }, (_, i) => ({ ...slot(i), value: 1000 + i, note: `crash-${i}` }));

    const first = await start();
    await burst(first, token, writes);
    const acknowledged = writes.filter((w) => w.status === 200);
    expect(writes.filter((w) => w.status !== 200 && w.status !== 0), 'HTTP errors before the kill').toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);
    expect(acknowledged.length, 'the kill came mid-burst').toBeLessThan(WRITES);

    const second = await start();
    const after = { ...slot(WRITES), value: 5000, note: 'after-restart' };
    expect(await put(second, token, after), 'a write after the restart').toBe(200);

    const sqlite = new Database(database, { fileMustExist: true, timeout: 5_000 });
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    const foreignKeyProblems = sqlite.pragma('foreign_key_check');
    const rows = sqlite.prepare("SELECT indicator_id AS indicatorId, period, value, note FROM entries WHERE note LIKE 'crash-%' OR note = 'after-restart'").all() as Omit<Write, 'status'>[];
    sqlite.close();
    await signalGroup(second, 'SIGTERM');

    const present = (w: Omit<Write, 'status'>) => rows.some((r) => r.note === w.note && r.indicatorId === w.indicatorId && r.period === w.period && r.value === w.value);
    const found = acknowledged.filter(present);
    const unacknowledgedPresent = writes.filter((w) => w.status !== 200 && present(w));
    console.log(
      `崩溃测试：计划写入 ${WRITES} 条，SIGKILL 前已确认（HTTP 200）${acknowledged.length} 条，重启后找到其中 ${found.length} 条；` +
        `未确认但已写入 ${unacknowledgedPresent.length} 条；未确认且未写入 ${WRITES - acknowledged.length - unacknowledgedPresent.length} 条；integrity_check = ${integrity}`,
    );
    expect(integrity).toBe('ok');
    expect(foreignKeyProblems).toEqual([]);
    expect(found).toHaveLength(acknowledged.length);
    expect(present(after)).toBe(true);
    expect(rows).toHaveLength(acknowledged.length + unacknowledgedPresent.length + 1); // nothing invented or duplicated
  }, 1_200_000);
});
