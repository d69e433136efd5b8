/**
 * `npm run -s backup -- [--force] FILE`: copies the database named by DATABASE_URL (default
 * data/jixiao.db) to FILE while the server keeps serving; FILE is checked before it is kept.
 * Errors: a Chinese message on stderr, exit code 2, nothing written.
 */
import path from 'node:path';
import { databasePath } from '@/db/client';
import { backupDatabase } from '@/server/backup/backup-database';
import { formatSize } from '@/lib/format/size';
import { formatRowCounts } from '@/server/backup/sqlite-file';

const USAGE = `用法：npm run -s backup -- [--force] <备份文件>
  在线备份 DATABASE_URL 指定的数据库（默认 data/jixiao.db）及其旁边 attachments 目录中的佐证材料，服务无需停止；
  备份文件已存在时需加 --force 才会覆盖。`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main(args: string[]): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--force');
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0) fail(`未知选项：${unknown.join(' ')}\n${USAGE}`);
  if (files.length !== 1) fail(USAGE);
  const target = path.resolve(process.env.INIT_CWD || process.cwd(), files[0]);
  try {
    const result = await backupDatabase(databasePath(), target, { force: args.includes('--force') });
    const files = `佐证材料文件 ${result.attachments.files} 个（${formatSize(result.attachments.bytes)}）`;
    process.stdout.write(`已备份到 ${result.file}（${formatSize(result.bytes)}，完整性检查通过），含${files}；各表行数：${formatRowCounts(result.tables)}\n`);
    if (result.attachments.missing.length > 0) {
      process.stderr.write(`注意：${result.attachments.missing.length} 个佐证材料文件在数据目录中缺失或已损坏，未能备份：${result.attachments.missing.join('、')}\n`);
    }
  } catch (error) {
    fail(`备份失败：${(error as Error).message}`);
  }
}

await main(process.argv.slice(2));
