/**
 * API tokens from the command line (run on the server, next to the database file):
 *   npm run -s token -- create <username> [--name N] [--days D]   prints the secret once on stdout, nothing else
 *   npm run -s token -- revoke <id>
 *   npm run -s token -- list [<username>]
 * Messages go to stderr so `$(npm run -s token -- create owner)` captures only the secret. Audited with channel `cli`.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { databasePath, openDb } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS, tokenStateLabel } from '@/lib/auth/token-state';
import { formatTimestamp } from '@/lib/format/timestamp';
import { createApiTokenFor, listApiTokens, revokeApiToken } from '@/server/auth/api-tokens';
import { AppError } from '@/server/errors';

const USAGE = `用法：
  npm run -s token -- create <用户名> [--name 名称] [--days 天数]   创建令牌（默认 ${DEFAULT_TOKEN_DAYS} 天，至多 ${MAX_TOKEN_DAYS} 天），只在标准输出打印一次密钥
  npm run -s token -- revoke <令牌编号>                             吊销令牌
  npm run -s token -- list [<用户名>]                               列出令牌（不显示密钥）`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function create(db: ReturnType<typeof openDb>, args: string[]): void {
  const { values, positionals } = parseArgs({ args, options: { name: { type: 'string' }, days: { type: 'string' } }, allowPositionals: true });
  const [username, ...words] = positionals;
  if (!username) fail(USAGE);
  const name = values.name ?? words.join(' ');
  const days = values.days === undefined ? undefined : Number(values.days);
  const { id, secret, expiresAt } = createApiTokenFor(db, username, { name, days });
  process.stdout.write(`${secret}\n`);
  process.stderr.write(`已为用户 ${username} 创建令牌 #${id}${name ? `「${name}」` : ''}，有效期至 ${formatTimestamp(expiresAt)}；密钥只显示这一次，请妥善保存。\n`);
}

function list(db: ReturnType<typeof openDb>, args: string[]): void {
  if (args.length > 1) fail(USAGE);
  const now = new Date();
  const when = (iso: string | null) => (iso ? formatTimestamp(iso) : '-');
  const rows = listApiTokens(db, { username: args[0] }).map((t) =>
    [t.id, t.username, tokenStateLabel(t, now), t.name || '-', when(t.createdAt), when(t.expiresAt), when(t.lastUsedAt)].join('\t'),
  );
  process.stdout.write(['编号\t用户\t状态\t名称\t创建时间\t到期时间\t最近使用', ...rows].join('\n') + '\n');
}

function main(args: string[]): void {
  const [command, ...rest] = args;
  if (!command || command === 'help' || command === '--help') {
    process.stderr.write(`${USAGE}\n`);
    process.exit(command ? 0 : 1);
  }
  const file = databasePath();
  if (!fs.existsSync(file)) fail(`数据库不存在：${file}（请先运行 npm start，或设置 DATABASE_URL）`);
  const db = openDb(file);
  try {
    migrateDb(db);
    if (command === 'create') create(db, rest);
    else if (command === 'list') list(db, rest);
    else if (command === 'revoke') {
      const id = Number(rest[0]);
      if (rest.length !== 1 || !Number.isSafeInteger(id) || id <= 0) fail(`令牌编号应为正整数\n${USAGE}`);
      process.stderr.write(revokeApiToken(db, id) ? `已吊销令牌 #${id}\n` : `令牌 #${id} 此前已吊销\n`);
    } else fail(`未知命令：${command}\n${USAGE}`);
  } catch (error) {
    if (error instanceof AppError) fail(error.message);
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) fail(`${error.message}\n${USAGE}`);
    throw error;
  } finally {
    db.$client.close();
  }
}

main(process.argv.slice(2));
