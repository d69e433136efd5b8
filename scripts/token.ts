/**
 * API tokens from the command line (run on the server, next to the database file):
 *   npm run -s token -- create <username> [label]   prints the secret once on stdout, nothing else
 *   npm run -s token -- revoke <id>
 *   npm run -s token -- list [<username>]
 * Messages go to stderr so `$(npm run -s token -- create owner)` captures only the secret.
 */
import fs from 'node:fs';
import { databasePath, openDb } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { createApiTokenFor, listApiTokens, revokeApiToken } from '@/server/auth/api-tokens';
import { AppError } from '@/server/errors';

const USAGE = `用法：
  npm run -s token -- create <用户名> [备注]   创建令牌，只在标准输出打印一次密钥
  npm run -s token -- revoke <令牌编号>        吊销令牌
  npm run -s token -- list [<用户名>]          列出令牌（不显示密钥）`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
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
    if (command === 'create') {
      const [username, ...label] = rest;
      if (!username) fail(USAGE);
      const { id, secret } = createApiTokenFor(db, username, label.join(' '));
      process.stdout.write(`${secret}\n`);
      process.stderr.write(`已为用户 ${username} 创建令牌 #${id}；密钥只显示这一次，请妥善保存。\n`);
    } else if (command === 'revoke') {
      const id = Number(rest[0]);
      if (rest.length !== 1 || !Number.isSafeInteger(id) || id <= 0) fail(`令牌编号应为正整数\n${USAGE}`);
      process.stderr.write(revokeApiToken(db, id) ? `已吊销令牌 #${id}\n` : `令牌 #${id} 此前已吊销\n`);
    } else if (command === 'list') {
      if (rest.length > 1) fail(USAGE);
      const tokens = listApiTokens(db, rest[0]);
      process.stdout.write(['编号\t用户\t状态\t创建时间\t最近使用\t备注', ...tokens.map((t) =>
        [t.id, t.username, t.revokedAt ? `已吊销 ${t.revokedAt}` : '有效', t.createdAt, t.lastUsedAt ?? '-', t.label || '-'].join('\t'),
      )].join('\n') + '\n');
    } else {
      fail(`未知命令：${command}\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof AppError) fail(error.message);
    throw error;
  } finally {
    db.$client.close();
  }
}

main(process.argv.slice(2));
