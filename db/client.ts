import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';
import { cacheStatements } from './statement-cache';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The connection or a transaction on it: what every query and use case that writes inside a transaction takes. */
export type DbOrTx = BaseSQLiteDatabase<'sync', Database.RunResult, typeof schema>;

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.DATABASE_URL || 'data/jixiao.db');
}

/** Only the account that runs the app may read the data: the folder 0700, the files 0600. */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates the database file (and its folder) readable by its owner only; SQLite gives the -wal and -shm files it
 * creates the database file's permissions. Files created by an earlier version are tightened too.
 */
function createPrivately(file: string): void {
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (fs.existsSync(f)) fs.chmodSync(f, PRIVATE_FILE_MODE);
}

/** SHA-256 as hex, for the audit log's chain (see db/queries/audit-log.ts). */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Opens the SQLite file with WAL, foreign keys and a busy timeout; compiled statements are kept for reuse. */
export function openDb(file = databasePath()): Db {
  createPrivately(file);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.function('jx_sha256', { deterministic: true }, (text) => sha256(String(text)));
  cacheStatements(sqlite);
  return drizzle(sqlite, { schema }) as Db;
}
