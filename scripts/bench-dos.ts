/**
 * `npm run -s bench:dos`: sends each hostile input of scripts/bench-dos/hostile-requests.ts to a fresh production
 * server while another client keeps opening the login page, and prints how long that page took at worst while each
 * input was being handled — the delay every other user would have seen. Not a test: it prints figures.
 * Last line: `{"baselineMs":…,"worstDelayMs":…,"inputs":[{"name":…,"status":…,"ms":…,"worstLoginMs":…}]}`.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openDb } from '@/db/client';
import { createApiTokenFor } from '@/server/auth/api-tokens';
import { prepareDatabase } from '@/server/setup/prepare-database';
import { freePort, signalGroup, startProductionServer, waitUntilServing, type ProductionServer } from '@/scripts/support/production-server';
import { HttpSession } from './bench/http-session';
import { percentile } from './bench/stats';
import { HOSTILE_REQUESTS, type Sessions } from './bench-dos/hostile-requests';

const DEMO_PASSWORD = 'demo1234';
const PROBE_EVERY_MS = 50;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-dos-'));
let server: ProductionServer | null = null;

async function timeLogin(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${url}/login`, { signal: AbortSignal.timeout(120_000) });
  await response.arrayBuffer();
  return performance.now() - start;
}

/** Opens the login page over and over until `done` settles; returns every time it took. */
async function probeWhile(url: string, done: Promise<unknown>): Promise<number[]> {
  let finished = false;
  void done.finally(() => (finished = true));
  const times: number[] = [];
  while (!finished) {
    times.push(await timeLogin(url));
    await sleep(PROBE_EVERY_MS);
  }
  return times;
}

async function signedIn(url: string, username: string): Promise<HttpSession> {
  const session = new HttpSession(url);
  await session.signIn(username, DEMO_PASSWORD);
  return session;
}

async function main() {
  const file = path.join(dir, 'jixiao.db');
  prepareDatabase(file).db.$client.close();
  const db = openDb(file);
  const ownerToken = createApiTokenFor(db, 'owner', { name: 'bench-dos' }).secret;
  db.$client.close();
  server = startProductionServer({ database: file, port: await freePort(), authSecret: randomBytes(32).toString('base64') });
  await waitUntilServing(server, 15 * 60_000);
  const url = server.url;
  const sessions: Sessions = {
    url,
    owner: await signedIn(url, 'owner'),
    auditor: await signedIn(url, 'auditor'),
    admin: await signedIn(url, 'admin'),
    anonymous: new HttpSession(url),
    ownerToken,
  };
  const quiet: number[] = [];
  for (let i = 0; i < 20; i += 1) quiet.push(await timeLogin(url));
  const baselineMs = Math.round(percentile(quiet, 50));
  console.log(`登录页（无攻击）p50 ${baselineMs} ms；依次发送 ${HOSTILE_REQUESTS.length} 个恶意输入，同时每 ${PROBE_EVERY_MS} ms 打开一次登录页：\n`);

  const inputs = [];
  for (const hostile of HOSTILE_REQUESTS) {
    const start = performance.now();
    const sent = hostile.send(sessions).then(async (response) => ({ status: response.status, body: (await response.text()).slice(0, 300) }));
    const probes = await probeWhile(url, sent);
    const { status, body } = await sent;
    const ms = Math.round(performance.now() - start);
    const worstLoginMs = Math.round(Math.max(...probes, await timeLogin(url)));
    const message = /[\u4e00-\u9fff][^"\\]*/.exec(body)?.[0]?.slice(0, 40) ?? '';
    inputs.push({ name: hostile.name, status, ms, worstLoginMs });
    console.log(`${String(status).padEnd(4)} ${String(ms).padStart(6)} ms  登录页最慢 ${String(worstLoginMs).padStart(5)} ms  ${hostile.name}  ${message}`);
  }
  const worstDelayMs = Math.max(...inputs.map((i) => i.worstLoginMs));
  console.log(`\n攻击期间登录页最慢 ${worstDelayMs} ms（无攻击时 p50 ${baselineMs} ms）；${worstDelayMs < 1000 ? '达标' : '未达标'}：低于 1 秒`);
  console.log(JSON.stringify({ baselineMs, worstDelayMs, inputs }));
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    if (server) console.error(server.log().slice(-4000));
    process.exitCode = 1;
  })
  .finally(async () => {
    if (server) await signalGroup(server, 'SIGTERM');
    if (server && !server.exited()) await signalGroup(server, 'SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });
