import Database from 'better-sqlite3';
import { quoteIdentifier } from '../backup/sqlite-file';

/** Every row of every table (SQLite's sqlite_sequence included), in rowid order: for comparing two databases. */
export function dumpDatabase(file: string): Record<string, unknown[]> {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM ${quoteIdentifier(name)} ORDER BY rowid`).all()]));
  } finally {
    sqlite.close();
  }
}
