import { openDb, type Db } from './client';

const cache = globalThis as unknown as { jixiaoDb?: Db };

/** The process-wide connection (one SQLite file; better-sqlite3 is synchronous). */
export function getDb(): Db {
  cache.jixiaoDb ??= openDb();
  return cache.jixiaoDb;
}

export type { Db, DbOrTx } from './client';
