import Database from 'better-sqlite3';
import { quoteIdentifier } from '@/server/backup/sqlite-file';

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

/**
 * The dump of a restored database without the audit row the restore itself appended (and its sqlite_sequence step),
 * after checking that row: it names the backup the data came from.
 */
export function dumpRestored(file: string, backup: string): Record<string, unknown[]> {
  const dump = dumpDatabase(file);
  const log = dump.audit_log as { action: string; after: string }[];
  const last = log.at(-1)!;
  if (last.action !== 'backup.restore' || JSON.parse(last.after).backup !== backup) throw new Error(`restore not audited: ${JSON.stringify(last)}`);
  const sequence = (dump.sqlite_sequence as { name: string; seq: number }[]).map((row) => (row.name === 'audit_log' ? { ...row, seq: row.seq - 1 } : row));
  return { ...dump, audit_log: log.slice(0, -1), sqlite_sequence: sequence };
}
