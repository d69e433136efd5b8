/** Helpers shared by backup and restore: checks on a SQLite file, its tables and their row counts. */
import fs from 'node:fs';
import type Database from 'better-sqlite3';

/** An expected failure of backup or restore; the message is for the person at the command line. */
export class BackupError extends Error {}

export interface TableRows {
  table: string;
  rows: number;
}

const HEADER = 'SQLite format 3\0';

/** True when the file starts with the SQLite header. */
export function hasSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const bytes = Buffer.alloc(HEADER.length);
    const read = fs.readSync(fd, bytes, 0, bytes.length, 0);
    return read === bytes.length && bytes.toString('latin1') === HEADER;
  } finally {
    fs.closeSync(fd);
  }
}

/** `PRAGMA integrity_check`; BackupError naming the first problems unless it answers ok. */
export function checkIntegrity(sqlite: Database.Database, what: string): void {
  let problems: string[];
  try {
    problems = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  } catch (error) {
    throw new BackupError(`${what}已损坏，无法读取：${(error as Error).message}`);
  }
  if (problems.length !== 1 || problems[0] !== 'ok') throw new BackupError(`${what}未通过完整性检查：${problems.slice(0, 3).join('；')}`);
}

/** The names of the tables (SQLite's own excluded), sorted. */
export function listTables(sqlite: Database.Database): string[] {
  const rows = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
  return (rows as { name: string }[]).map((r) => r.name);
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function countRows(sqlite: Database.Database): TableRows[] {
  return listTables(sqlite).map((table) => ({
    table,
    rows: (sqlite.prepare(`SELECT count(*) AS n FROM ${quoteIdentifier(table)}`).get() as { n: number }).n,
  }));
}

/** Flushes a finished file to disk before it is renamed into place. */
export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Removes a database file with its journal, WAL and shared-memory companions. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

/** "entries 12、projects 34" */
export function formatRowCounts(tables: TableRows[]): string {
  return tables.map((t) => `${t.table} ${t.rows}`).join('、');
}
