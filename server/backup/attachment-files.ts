/**
 * The 佐证材料 files travel inside the backup: the copy gets a table of every file its attachments name (by hash),
 * so one backup file holds the whole install; the restore writes them back beside the restored database and drops
 * the table.
 */
import type Database from 'better-sqlite3';
import { readBlob, sha256Of, writeBlob } from '../attachments/blob-store';
import { BackupError, listTables } from './sqlite-file';

const TABLE = 'backup_attachment_files';

export interface EmbeddedFiles {
  files: number;
  bytes: number;
  /** Hashes the copy's attachments name whose file was missing or damaged in the data folder. */
  missing: string[];
}

/** Copies into the backup copy every file its attachments name, each checked against its hash. */
export function embedAttachmentFiles(copy: Database.Database, attachmentsDir: string): EmbeddedFiles {
  copy.exec(`CREATE TABLE ${TABLE} (sha256 TEXT PRIMARY KEY, bytes BLOB NOT NULL)`);
  const named = listTables(copy).includes('attachments') ? copy.prepare('SELECT DISTINCT sha256 FROM attachments ORDER BY sha256').all() : [];
  const hashes = (named as { sha256: string }[]).map((r) => r.sha256);
  const insert = copy.prepare(`INSERT INTO ${TABLE} (sha256, bytes) VALUES (?, ?)`);
  const result: EmbeddedFiles = { files: 0, bytes: 0, missing: [] };
  copy.transaction(() => {
    for (const sha256 of hashes) {
      const bytes = readBlob(attachmentsDir, sha256);
      if (!bytes || sha256Of(bytes) !== sha256) {
        result.missing.push(sha256);
        continue;
      }
      insert.run(sha256, bytes);
      result.files += 1;
      result.bytes += bytes.byteLength;
    }
  })();
  return result;
}

/**
 * Writes the backup's files into `attachmentsDir` (content-addressed and atomic: a file already there is kept, an
 * aborted restore leaves only files nothing names), then drops the table. A damaged file refuses the restore.
 */
export function extractAttachmentFiles(staging: Database.Database, attachmentsDir: string): number {
  if (!listTables(staging).includes(TABLE)) return 0;
  let files = 0;
  for (const row of staging.prepare(`SELECT sha256, bytes FROM ${TABLE}`).iterate() as Iterable<{ sha256: string; bytes: Buffer }>) {
    if (sha256Of(row.bytes) !== row.sha256) throw new BackupError(`备份中的佐证材料文件已损坏：${row.sha256}`);
    writeBlob(attachmentsDir, row.sha256, row.bytes);
    files += 1;
  }
  staging.exec(`DROP TABLE ${TABLE}`);
  staging.exec('VACUUM');
  return files;
}
