/**
 * `npm run -s restore -- FILE`: replaces the database named by DATABASE_URL (default data/jixiao.db)
 * by the backup FILE, then applies pending migrations. Stop the server first: a database in use is
 * refused. The replaced database is kept as `<数据库>.before-restore-<时间>`.
 * Errors: a Chinese message on stderr, exit code 2, nothing changed.
 */
import path from 'node:path';
import { databasePath } from '@/db/client';
import { restoreDatabase } from '@/server/backup/restore-database';
import { formatRowCounts } from '@/server/backup/sqlite-file';

const USAGE = `用法：npm run -s restore -- <备份文件>
  用备份文件替换 DATABASE_URL 指定的数据库（默认 data/jixiao.db），写回备份中的佐证材料，并升级到当前的数据库结构。
  请先停止服务；原数据库保留为 <数据库>.before-restore-<时间>。`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function main(args: string[]): void {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.length !== 1 || args[0].startsWith('-')) fail(USAGE);
  const file = path.resolve(process.env.INIT_CWD || process.cwd(), args[0]);
  try {
    const result = restoreDatabase(file, databasePath());
    const previous = result.previous ? `原数据库已保留为 ${result.previous}；` : '';
    const migrated = result.migrated > 0 ? `已升级 ${result.migrated} 个数据库迁移；` : '';
    const files = `佐证材料文件 ${result.attachmentFiles} 个已写回 attachments 目录；`;
    process.stdout.write(`已从 ${file} 恢复到 ${result.target}；${previous}${migrated}${files}各表行数：${formatRowCounts(result.tables)}\n`);
  } catch (error) {
    fail(`恢复失败：${(error as Error).message}`);
  }
}

main(process.argv.slice(2));
