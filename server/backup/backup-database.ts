/** Online backup of the live SQLite database: a consistent snapshot, verified, then renamed into place. */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { openDb, PRIVATE_FILE_MODE } from '@/db/client';
import { attachmentsDirOf } from '../attachments/blob-store';
import { recordAudit } from '../audit/record-audit';
import { embedAttachmentFiles, type EmbeddedFiles } from './attachment-files';
import { BackupError, checkIntegrity, countRows, removeDatabaseFiles, syncFile, type TableRows } from './sqlite-file';

export interface BackupResult {
  file: string;
  bytes: number;
  tables: TableRows[];
  /** The 佐证材料 files copied into the backup. */
  attachments: EmbeddedFiles;
}

/** Pages per backup step: all of them, so the copy is one read transaction that writers cannot restart. */
const ALL_PAGES = 0x7fffffff;

/**
 * Copies the database `source` to `target` with SQLite's backup API. Safe while the server reads and
 * writes (WAL): the copy is a snapshot of one moment, and holds the 佐证材料 files its attachments name (from the
 * attachments folder beside `source`). The copy is a single file (rollback journal mode),
 * checked with `PRAGMA integrity_check` before it takes the name `target` (readable by its owner only); an existing
 * `target` is replaced only with `force`. The backup is recorded in the audit log.
 */
export async function backupDatabase(source: string, target: string, { force = false } = {}): Promise<BackupResult> {
  if (!fs.existsSync(source)) throw new BackupError(`数据库不存在：${source}（请检查 DATABASE_URL）`);
  if (path.resolve(source) === path.resolve(target)) throw new BackupError('备份文件不能是数据库本身');
  if (fs.existsSync(target)) {
    if (!force) throw new BackupError(`备份文件已存在：${target}（如需覆盖请加 --force）`);
    if (!fs.statSync(target).isFile()) throw new BackupError(`备份目标不是文件：${target}`);
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.tmp-${process.pid}`;
  try {
    await copyOnline(source, temp);
    const { tables, attachments } = verifyCopy(temp, attachmentsDirOf(source));
    fs.chmodSync(temp, PRIVATE_FILE_MODE);
    fs.renameSync(temp, target);
    recordBackup(source, target);
    return { file: target, bytes: fs.statSync(target).size, tables, attachments };
  } catch (error) {
    removeDatabaseFiles(temp);
    throw error;
  }
}

/** A copy of all the data is itself audited, in the database it was taken from. */
function recordBackup(source: string, target: string): void {
  const db = openDb(source);
  try {
    recordAudit(db, { actor: null, origin: { channel: 'cli' }, action: 'backup.create', entity: 'database', after: { file: target } });
  } finally {
    db.$client.close();
  }
}

async function copyOnline(source: string, temp: string): Promise<void> {
  const sqlite = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    await sqlite.backup(temp, { progress: () => ALL_PAGES });
  } catch (error) {
    throw new BackupError(`读取数据库失败：${(error as Error).message}`);
  } finally {
    sqlite.close();
  }
}

/** Makes the copy self-contained with the 佐证材料 files its rows name, checks it and counts its rows. */
function verifyCopy(temp: string, attachmentsDir: string): { tables: TableRows[]; attachments: EmbeddedFiles } {
  const sqlite = new Database(temp, { fileMustExist: true });
  try {
    sqlite.pragma('journal_mode = DELETE');
    const attachments = embedAttachmentFiles(sqlite, attachmentsDir);
    checkIntegrity(sqlite, '备份副本');
    return { tables: countRows(sqlite), attachments };
  } finally {
    sqlite.close();
    syncFile(temp);
  }
}
