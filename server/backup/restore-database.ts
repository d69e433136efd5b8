/** Restores a backup over the database file: checked and upgraded on a staging copy, then swapped in. */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { openDb, PRIVATE_FILE_MODE } from '@/db/client';
import { attachmentsDirOf } from '../attachments/blob-store';
import { recordAudit } from '../audit/record-audit';
import { extractAttachmentFiles } from './attachment-files';
import { migrateDb } from '@/db/migrate';
import { BackupError, checkIntegrity, countRows, hasSqliteHeader, listTables, removeDatabaseFiles, syncFile, type TableRows } from './sqlite-file';

export interface RestoreResult {
  target: string;
  /** Where the database that was replaced now lies (null when there was none). */
  previous: string | null;
  /** Migrations applied to bring an older backup up to date. */
  migrated: number;
  tables: TableRows[];
  /** 佐证材料 files written back beside the database. */
  attachmentFiles: number;
}

/**
 * Replaces `target` by the backup `file`. The server must be stopped: a target another connection has
 * open is refused. Everything is checked on a staging copy first (SQLite file, our schema, integrity,
 * pending migrations applied), so a refusal changes nothing the app serves. The 佐证材料 files the backup holds are
 * written back into the attachments folder (files already there are kept). The replaced database is kept beside it as
 * `<target>.before-restore-<timestamp>`; the restore is recorded in the restored database's audit log.
 */
export function restoreDatabase(file: string, target: string): RestoreResult {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new BackupError(`备份文件不存在：${file}`);
  if (!hasHeader(file)) throw new BackupError(`不是 SQLite 数据库文件：${file}`);
  if (path.resolve(file) === path.resolve(target)) throw new BackupError('备份文件就是当前数据库，无需恢复');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const staging = `${target}.restore-${process.pid}.tmp`;
  try {
    fs.copyFileSync(file, staging);
    fs.chmodSync(staging, PRIVATE_FILE_MODE);
    const { migrated, tables, attachmentFiles } = prepareStaging(staging, file, attachmentsDirOf(target));
    const previous = fs.existsSync(target) ? setAside(target) : null;
    try {
      fs.renameSync(staging, target);
    } catch (error) {
      if (previous) fs.renameSync(previous, target);
      throw error;
    }
    return { target, previous, migrated, tables, attachmentFiles };
  } finally {
    removeDatabaseFiles(staging);
  }
}

function hasHeader(file: string): boolean {
  try {
    return hasSqliteHeader(file);
  } catch (error) {
    throw new BackupError(`无法读取备份文件：${(error as Error).message}`);
  }
}

/**
 * Checks the staging copy, writes its 佐证材料 files into the attachments folder beside the target, applies pending
 * migrations, records the restore in its audit log (which goes on from the
 * backup's), leaves it as one self-contained file.
 */
function prepareStaging(staging: string, backup: string, attachmentsDir: string): { migrated: number; tables: TableRows[]; attachmentFiles: number } {
  const sqlite = new Database(staging, { fileMustExist: true });
  let attachmentFiles: number;
  try {
    checkIntegrity(sqlite, '备份文件');
    if (!listTables(sqlite).includes('__drizzle_migrations')) {
      throw new BackupError('不是本系统的数据库备份：缺少 __drizzle_migrations 表');
    }
    attachmentFiles = extractAttachmentFiles(sqlite, attachmentsDir);
  } finally {
    sqlite.close();
  }
  const db = openDb(staging);
  try {
    const applied = () => (db.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
    const before = applied();
    try {
      migrateDb(db);
    } catch (error) {
      throw new BackupError(`升级备份的数据库结构失败：${(error as Error).message}`);
    }
    const migrated = applied() - before;
    recordAudit(db, { actor: null, origin: { channel: 'cli' }, action: 'backup.restore', entity: 'database', after: { backup, migrated } });
    db.$client.pragma('journal_mode = DELETE');
    checkIntegrity(db.$client, '恢复后的数据库');
    return { migrated, tables: countRows(db.$client), attachmentFiles };
  } finally {
    db.$client.close();
    syncFile(staging);
  }
}

/**
 * Renames the current database to `.before-restore-<time>`, its WAL content checkpointed into it (or, when
 * it cannot be read, its -wal and -shm files renamed along, so nothing is lost). Taking SQLite's exclusive
 * lock fails while another connection — a running server — has the file open.
 */
function setAside(target: string): string {
  const sqlite = new Database(target, { fileMustExist: true, timeout: 0 });
  try {
    sqlite.pragma('locking_mode = EXCLUSIVE');
    sqlite.exec('BEGIN EXCLUSIVE; COMMIT');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new BackupError(`数据库正在使用中：${target}（请先停止服务，再恢复）`);
    }
  } finally {
    sqlite.close();
  }
  const kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, kept + suffix);
  }
  return kept;
}
