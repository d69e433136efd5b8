/** `npm start`: database, migrations, demo data, build when stale, then serve. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { databasePath } from '@/db/client';
import { prepareDatabase } from '@/server/setup/prepare-database';
import { ensureAuthSecret } from '@/server/setup/auth-secret';
import { buildIfStale } from './build-if-stale';

const file = databasePath();
const { db, seeded } = prepareDatabase(file, { demoActivity: process.env.DEMO_ACTIVITY !== '0' });
db.$client.close();
console.log(seeded ? `已创建数据库并载入示例数据：${file}` : `使用已有数据库：${file}`);

const env = {
  ...process.env,
  AUTH_SECRET: ensureAuthSecret(path.dirname(file)),
  AUTH_TRUST_HOST: 'true',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: file,
};
buildIfStale(env);

const port = process.env.PORT || '3000';
const server = spawn('node_modules/.bin/next', ['start', '-p', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
