import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb, type Db } from '@/db/client';
import { migrateDb } from '@/db/migrate';

/** A fresh migrated SQLite file with no data at all, for tests that write their own rows. */
export function createBareDb(): { db: Db; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bare-'));
  const db = openDb(path.join(dir, 'bare.db'));
  migrateDb(db);
  return { db, cleanup: () => (db.$client.close(), fs.rmSync(dir, { recursive: true, force: true })) };
}

/** A department, its budget year and one user to author rows: the ids raw inserts need. */
export function insertDepartmentYear(db: Db, name: string, year = 2022): { departmentId: number; budgetYearId: number; userId: number } {
  const sqlite = db.$client;
  const departmentId = Number(sqlite.prepare('insert into departments (name) values (?)').run(name).lastInsertRowid);
  const budgetYearId = Number(
    sqlite
      .prepare('insert into budget_years (department_id, year, title, unit, imported_at) values (?, ?, ?, ?, ?)')
      .run(departmentId, year, '项目支出绩效目标表', '万元', new Date().toISOString()).lastInsertRowid,
  );
  const userId = Number(
    sqlite
      .prepare('insert into users (username, display_name, role, department_id, password_hash, created_at) values (?, ?, ?, ?, ?, ?)')
      .run(`writer-${departmentId}`, '填报人', 'owner', departmentId, 'x', new Date().toISOString()).lastInsertRowid,
  );
  return { departmentId, budgetYearId, userId };
}
