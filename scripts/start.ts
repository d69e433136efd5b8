/**
 * `npm start`: database, migrations, demo data, build when stale, then serve — and keep serving: the app server runs
 * as a child process that is started again if it ever dies (with a growing pause if it keeps dying at once).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { databasePath } from '@/db/client';
import { prepareDatabase } from '@/server/setup/prepare-database';
import { ensureAuthSecret } from '@/server/setup/auth-secret';
import { seedingMessage } from '@/server/setup/seeding-message';
import { buildIfStale } from './build-if-stale';
import { restartDelay } from './restart-delay';

const file = databasePath();
const { db, seeded } = prepareDatabase(file, { demoData: process.env.DEMO_DATA !== '0', demoActivity: process.env.DEMO_ACTIVITY !== '0' });
db.$client.close();
console.log(seedingMessage(seeded, file));

const env = {
  ...process.env,
  AUTH_SECRET: ensureAuthSecret(path.dirname(file)),
  AUTH_TRUST_HOST: 'true',
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production' as const,
  DATABASE_URL: file,
};
buildIfStale(env);

let server: ChildProcess;
let stopping = false;
let crashes: number[] = [];

function run(): void {
  const startedAt = Date.now();
  // Node itself with tsx's loader (not the tsx wrapper, whose own child would outlive a killed wrapper).
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], { stdio: 'inherit', env });
  server.on('exit', (code, signal) => {
    if (stopping) process.exit(code ?? 0);
    crashes = [...crashes.filter((at) => Date.now() - at < 60_000), Date.now()];
    const delay = restartDelay(crashes.length, Date.now() - startedAt);
    console.error(`服务进程意外退出（${signal ?? `退出码 ${code}`}），${delay / 1000} 秒后重新启动…`);
    setTimeout(run, delay);
  });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    server.kill(signal);
  });
}
run();
