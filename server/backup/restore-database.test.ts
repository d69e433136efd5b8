import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { dumpDatabase, dumpRestored } from '@/test/support/sqlite-dump';
import { openDb } from '@/db/client';
import { verifyAuditLog } from '../audit/verify-audit';
import { backupDatabase } from './backup-database';
import { restoreDatabase } from './restore-database';
import { addEntryAttachment } from '../attachments/add-attachment';
import { readAttachmentFile } from '../attachments/read-attachments';
import { saveEntry } from '../entries/save-entry';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { storedFiles, uploadOf } from '@/test/support/attachments';
import { BackupError } from './sqlite-file';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-restore-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A database as an older version left it: only the first migration applied. */
function oldDatabase(dir: string): string {
  const folder = path.join(dir, 'migrations');
  fs.mkdirSync(path.join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(fs.readFileSync('db/migrations/meta/_journal.json', 'utf8'));
  const [first] = journal.entries;
  fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: [first] }));
  fs.copyFileSync(`db/migrations/${first.tag}.sql`, path.join(folder, `${first.tag}.sql`));
  const file = path.join(dir, 'old.db');
  const sqlite = new Database(file);
  migrate(drizzle(sqlite), { migrationsFolder: folder });
  sqlite.close();
  return file;
}

describe('restoreDatabase', () => {
  it('upgrades an older backup with the migrations it lacks', () => {
    const dir = tempDir();
    const target = path.join(dir, 'data', 'jixiao.db');
    const result = restoreDatabase(oldDatabase(dir), target);
    const journal = JSON.parse(fs.readFileSync('db/migrations/meta/_journal.json', 'utf8'));
    expect(result.migrated).toBe(journal.entries.length - 1);
    expect(result.previous).toBeNull();
    expect(result.tables.map((t) => t.table)).toContain('api_tokens');
    expect(dumpDatabase(target).__drizzle_migrations).toHaveLength(journal.entries.length);
  });

  it('refuses while a connection has the database open, then keeps the replaced one beside it', async () => {
    const { db, file, cleanup } = createDemoDb();
    cleanups.push(cleanup);
    const backup = path.join(tempDir(), 'backup.db');
    await backupDatabase(file, backup);
    const { backup_attachment_files: files, ...atBackup } = dumpDatabase(backup);
    expect(files).toEqual([]);
    expect(fs.statSync(backup).mode & 0o777).toBe(0o600);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    expect(() => restoreDatabase(backup, file)).toThrow(BackupError);
    expect(() => restoreDatabase(backup, file)).toThrow('数据库正在使用中');
    expect(fs.readdirSync(path.dirname(file)).filter((name) => name.includes('before-restore'))).toEqual([]);

    db.$client.close();
    const result = restoreDatabase(backup, file);
    expect(result.previous).toMatch(/test\.db\.before-restore-\d{4}-\d\d-\d\dT/);
    expect(fs.existsSync(result.previous!)).toBe(true);
    expect(dumpRestored(file, backup)).toEqual(atBackup);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const restored = openDb(file);
    expect(verifyAuditLog(restored).ok).toBe(true);
    restored.$client.close();
    expect(fs.readdirSync(path.dirname(file)).filter((name) => name.includes('.restore-'))).toEqual([]);
  });

  it('carries the 佐证材料 files: a restored install elsewhere serves the same bytes', async () => {
    const { db, file, cleanup } = createDemoDb();
    cleanups.push(cleanup);
    const owner = actorOf(db, 'owner');
    const meetings = indicatorOf(db, '优化营商环境工作经费', '参加会议人数').id;
    saveEntry(db, owner, meetings, '2022-06', { value: 30 });
    const pdf = await addEntryAttachment(db, owner, meetings, '2022-06', uploadOf('survey.pdf', '签到表.pdf'));
    const png = await addEntryAttachment(db, owner, meetings, '2022-06', uploadOf('survey.png'));
    await addEntryAttachment(db, owner, meetings, '2022-06', uploadOf('survey.png', '同一张图.png'));
    const backup = path.join(tempDir(), 'backup.db');
    const result = await backupDatabase(file, backup);
    expect(result.attachments).toEqual({ files: 2, bytes: fs.statSync('test/fixtures/attachments/survey.pdf').size + fs.statSync('test/fixtures/attachments/survey.png').size, missing: [] });

    const target = path.join(tempDir(), 'data', 'jixiao.db'); // another machine: no attachments folder yet
    const restored = restoreDatabase(backup, target);
    expect(restored.attachmentFiles).toBe(2);
    expect(restored.tables.map((t) => t.table)).not.toContain('backup_attachment_files');
    expect(storedFiles(target)).toEqual(storedFiles(file));
    const copy = openDb(target);
    for (const [id, sample] of [[pdf.id, 'survey.pdf'], [png.id, 'survey.png']] as const) {
      expect(readAttachmentFile(copy, actorOf(copy, 'leader'), id).bytes.equals(fs.readFileSync(`test/fixtures/attachments/${sample}`))).toBe(true);
    }
    copy.$client.close();
  });

  it('refuses a backup whose embedded file does not match its hash, writing nothing', async () => {
    const { db, file, cleanup } = createDemoDb();
    cleanups.push(cleanup);
    const owner = actorOf(db, 'owner');
    const meetings = indicatorOf(db, '优化营商环境工作经费', '参加会议人数').id;
    saveEntry(db, owner, meetings, '2022-06', { value: 30 });
    await addEntryAttachment(db, owner, meetings, '2022-06', uploadOf('survey.jpg'));
    const backup = path.join(tempDir(), 'backup.db');
    await backupDatabase(file, backup);
    const tampered = new Database(backup);
    tampered.exec("UPDATE backup_attachment_files SET bytes = x'ffd8ff00'");
    tampered.close();
    const target = path.join(tempDir(), 'data', 'jixiao.db');
    expect(() => restoreDatabase(backup, target)).toThrow('备份中的佐证材料文件已损坏');
    expect(fs.existsSync(target)).toBe(false);
    expect(storedFiles(target)).toEqual([]);
  });
});
