/**
 * Accounts from the command line (run on the server, next to the database file), audited with channel `cli`:
 *   npm run -s user -- unlock <username>           forgets the account's failed sign-ins (lifts every lockout)
 *   npm run -s user -- disable <username>          disables the account: its sessions end, its tokens are revoked
 *   npm run -s user -- enable <username>
 *   npm run -s user -- reset-password <username>   prints a new one-time password on stdout, nothing else
 */
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { databasePath, openDb } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { users } from '@/db/schema';
import { generateOneTimePassword } from '@/server/auth/one-time-password';
import { AppError } from '@/server/errors';
import { resetAccountPassword } from '@/server/users/reset-password';
import { setAccountEnabled } from '@/server/users/set-user-enabled';
import { unlockAccount } from '@/server/users/unlock-user';

const USAGE = `用法：
  npm run -s user -- unlock <用户名>           解除锁定（清除该账户在所有地址的登录失败记录）
  npm run -s user -- disable <用户名>          停用账户（其登录立即退出，访问令牌吊销）
  npm run -s user -- enable <用户名>           启用账户
  npm run -s user -- reset-password <用户名>   重置为新的一次性密码，只在标准输出打印一次`;

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function main([command, username, ...extra]: string[]): void {
  if (!command || command === 'help' || command === '--help') fail(USAGE, command ? 0 : 1);
  if (!['unlock', 'disable', 'enable', 'reset-password'].includes(command)) fail(`未知命令：${command}\n${USAGE}`);
  if (!username || extra.length > 0) fail(USAGE);
  const file = databasePath();
  if (!fs.existsSync(file)) fail(`数据库不存在：${file}（请先运行 npm start，或设置 DATABASE_URL）`);
  const db = openDb(file);
  try {
    migrateDb(db);
    const user = db.select().from(users).where(eq(users.username, username)).get();
    if (!user) fail(`用户“${username}”不存在`);
    if (command === 'unlock') {
      process.stderr.write(unlockAccount(db, user, null) ? `已解除 ${username} 的锁定\n` : `${username} 没有登录失败记录，无需解除\n`);
    } else if (command === 'reset-password') {
      const password = generateOneTimePassword();
      resetAccountPassword(db, user, password, null);
      process.stdout.write(`${password}\n`);
      process.stderr.write(`已将 ${username} 的密码重置为一次性密码（只显示这一次），登录后须立即修改；其原有登录已退出，访问令牌已吊销。\n`);
    } else {
      const enable = command === 'enable';
      const changed = setAccountEnabled(db, user, enable, null);
      process.stderr.write(changed ? `已${enable ? '启用' : '停用'}账户 ${username}\n` : `账户 ${username} 此前已${enable ? '启用' : '停用'}\n`);
    }
  } catch (error) {
    if (error instanceof AppError) fail(error.message);
    throw error;
  } finally {
    db.$client.close();
  }
}

main(process.argv.slice(2));
