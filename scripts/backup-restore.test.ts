import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { addEntryAttachment } from '@/server/attachments/add-attachment';
import { removeAttachment } from '@/server/attachments/remove-attachment';
import { saveEntry } from '@/server/entries/save-entry';
import { storedFiles, uploadOf } from '@/test/support/attachments';
import { actorOf, createDemoDb } from '@/test/support/demo-db';
import { dumpDatabase, dumpRestored } from '@/test/support/sqlite-dump';
import { entryBody, quantitativeIndicatorIdsOf } from '@/test/support/writable-indicators';

function run(script: 'backup' | 'restore', args: string[], database: string) {
  return spawnSync('node_modules/.bin/tsx', [`scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: database, INIT_CWD: process.cwd() },
  });
}

/**
 * The files of the database's folder with their size and modification time: proves a refused command
 * changed nothing. Not their contents: closing a file this process read would drop its SQLite locks.
 */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((name) => {
    const stat = fs.statSync(path.join(dir, name));
    return [name, `${stat.size} ${stat.mtimeMs}`];
  }));
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function demo() {
  const demoDb = createDemoDb();
  cleanups.push(demoDb.cleanup);
  return { ...demoDb, dir: path.dirname(demoDb.file) };
}

describe('npm run backup / restore', () => {
  it('restores every table exactly as it was at the moment of the backup, and the 佐证材料 files', async () => {
    const { db, file, dir } = demo();
    const owner = actorOf(db, 'owner');
    const [first, second] = quantitativeIndicatorIdsOf(db, 'owner');
    saveEntry(db, owner, first, '2022-03', entryBody(12, '备份前'));
    const attachment = await addEntryAttachment(db, owner, first, '2022-03', uploadOf('survey.pdf', '三月签到表.pdf'));
    const filesAtBackup = storedFiles(file);
    const atBackup = dumpDatabase(file);
    const backupFile = path.join(dir, '备份', 'jixiao-backup.db');

    const backup = run('backup', [backupFile], file);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.stdout).toMatch(/^已备份到 .*jixiao-backup\.db（[\d.]+ (KB|MB)，完整性检查通过），含佐证材料文件 1 个（82\.8 KB）；各表行数：.*entries 1、/);

    removeAttachment(db, owner, attachment.id);
    expect(storedFiles(file)).toEqual([]);
    saveEntry(db, owner, first, '2022-03', entryBody(15, '备份后替换'));
    saveEntry(db, owner, second, '2022-04', entryBody(7, '备份后新增'));
    db.update(users).set({ displayName: '改过的名字' }).where(eq(users.username, 'owner')).run();
    const changed = dumpDatabase(file);
    expect(changed).not.toEqual(atBackup);
    db.$client.close(); // the server is stopped before a restore

    const restore = run('restore', [backupFile], file);
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    expect(restore.stdout).toContain('原数据库已保留为');
    expect(restore.stdout).toContain('佐证材料文件 1 个已写回 attachments 目录');
    expect(dumpRestored(file, backupFile)).toEqual(atBackup);
    expect(storedFiles(file)).toEqual(filesAtBackup);
    const [stored] = filesAtBackup;
    expect(fs.readFileSync(path.join(dir, 'attachments', stored!)).equals(fs.readFileSync('test/fixtures/attachments/survey.pdf'))).toBe(true);
    const kept = fs.readdirSync(dir).filter((name) => name.startsWith('test.db.before-restore-') && !/-(wal|shm)$/.test(name));
    expect(kept).toHaveLength(1);
    expect(dumpDatabase(path.join(dir, kept[0]))).toEqual(changed);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  }, 60_000);

  it('refuses a missing file, a file that is not SQLite and a database without our schema: exit 2, nothing changed', () => {
    const { db, file, dir } = demo();
    db.$client.close();
    const elsewhere = fs.mkdtempSync(path.join(dir, '..', 'jixiao-bad-'));
    cleanups.push(() => fs.rmSync(elsewhere, { recursive: true, force: true }));
    const text = path.join(elsewhere, 'notes.db');
    fs.writeFileSync(text, '这不是数据库\n');
    const foreign = path.join(elsewhere, 'foreign.db');
    new Database(foreign).exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    const before = snapshot(dir);

    for (const [input, message] of [
      [path.join(elsewhere, 'missing.db'), '备份文件不存在'],
      [text, '不是 SQLite 数据库文件'],
      [foreign, '缺少 __drizzle_migrations 表'],
    ]) {
      const result = run('restore', [input], file);
      expect(result.status, input).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
      expect(snapshot(dir)).toEqual(before);
    }
  }, 60_000);

  it('refuses to restore while the database is in use, and to overwrite a backup without --force', () => {
    const { file, dir } = demo(); // its connection stays open, like a running server's
    const backupFile = path.join(dir, 'backup.db');
    expect(run('backup', [backupFile], file).status).toBe(0);
    const backupBytes = fs.readFileSync(backupFile);

    const again = run('backup', [backupFile], file);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('备份文件已存在');
    expect(fs.readFileSync(backupFile)).toEqual(backupBytes);
    expect(run('backup', ['--force', backupFile], file).status).toBe(0);

    const before = snapshot(dir);
    const restore = run('restore', [backupFile], file);
    expect(restore.status).toBe(2);
    expect(restore.stderr).toContain('数据库正在使用中');
    expect(snapshot(dir)).toEqual(before);

    const missing = run('backup', [path.join(dir, 'other.db')], path.join(dir, 'missing.db'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('数据库不存在');
    expect(fs.existsSync(path.join(dir, 'other.db'))).toBe(false);
  }, 60_000);
});
