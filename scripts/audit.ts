/**
 * `npm run -s audit -- verify`: recomputes the audit log's hash chain. Exit 0 when intact, 1 naming the first row
 * that does not match, 2 for a usage error.
 */
import fs from 'node:fs';
import { databasePath, openDb } from '@/db/client';
import { verifyAuditLog } from '@/server/audit/verify-audit';

const [command] = process.argv.slice(2);
if (command !== 'verify') {
  process.stderr.write('用法：npm run -s audit -- verify\n');
  process.exit(2);
}
const file = databasePath();
if (!fs.existsSync(file)) {
  process.stderr.write(`数据库文件不存在：${file}\n`);
  process.exit(2);
}
const db = openDb(file);
const result = verifyAuditLog(db);
db.$client.close();
if (result.ok) {
  console.log(`审计日志完整：共 ${result.rows} 条记录，哈希链校验通过。末条哈希 ${result.head ?? '（无）'}`);
} else {
  console.error(`审计日志校验失败：第 ${result.broken!.id} 条记录${result.broken!.reason}`);
  process.exit(1);
}
