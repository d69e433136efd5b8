/** The real production server (`scripts/start.ts`) in its own process group, for the benchmarks and for tests that kill it. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ProductionServer {
  url: string;
  child: ChildProcess;
  exited: () => boolean;
  /** The end of what the server printed, for failure messages. */
  log: () => string;
}

const LOG_LIMIT = 20_000;

export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts `tsx scripts/start.ts` (migrate, seed, build when stale, serve) as the leader of a new process group. */
/** It builds into, or reuses, the same build folder as `npm start` (NEXT_DIST_DIR when set). */
export function startProductionServer(options: { database: string; port: number; authSecret: string }): ProductionServer {
  const child = spawn('node_modules/.bin/tsx', ['scripts/start.ts'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: options.database,
      PORT: String(options.port),
      AUTH_SECRET: options.authSecret,
      NEXT_TELEMETRY_DISABLED: '1',
      // Test runners set NODE_ENV=test; the server under test is a production build like `npm start`'s.
      NODE_ENV: 'production',
    },
  });
  let log = '';
  const append = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-LOG_LIMIT));
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  let exited = false;
  child.once('exit', () => (exited = true));
  return { url: `http://127.0.0.1:${options.port}`, child, exited: () => exited, log: () => log };
}

/** Resolves once the login page answers; throws with the server's output if it exits or the time runs out. */
export async function waitUntilServing(server: ProductionServer, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exited()) throw new Error(`服务进程已退出：\n${server.log()}`);
    const status = await fetch(`${server.url}/login`, { redirect: 'manual', signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.status,
      () => 0,
    );
    if (status > 0 && status < 500) return;
    await sleep(500);
  }
  throw new Error(`服务在 ${timeoutMs / 1000} 秒内未就绪：\n${server.log()}`);
}

/** Signals the whole process group and waits (at most 15 s) until none of its processes is running. */
export async function signalGroup(server: ProductionServer, signal: NodeJS.Signals): Promise<void> {
  const pgid = server.child.pid!;
  try {
    process.kill(-pgid, signal);
  } catch {
    return; // the group is gone already
  }
  for (let i = 0; i < 300 && (!server.exited() || groupRunning(pgid)); i++) await sleep(50);
}

/** True while a process of the group is alive (zombies waiting for a parent to reap them do not count). */
function groupRunning(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  if (!fs.existsSync('/proc/self/stat')) return true;
  return fs.readdirSync('/proc').some((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return state !== 'Z' && Number(pgrp) === pgid;
    } catch {
      return false;
    }
  });
}
