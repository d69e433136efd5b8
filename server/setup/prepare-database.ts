import { openDb, type Db } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { seedDemo } from '../demo/seed-demo';
import { seedAdminOnly } from './seed-admin';

/** What a first start put into an empty database: the demo, or only an `admin` with its one-time password. */
export type Seeded = { kind: 'none' } | { kind: 'demo' } | { kind: 'admin'; password: string };

/**
 * Creates the database file when missing and applies migrations; an empty database gets the demo (table, accounts,
 * with `demoActivity` a year of entries) or, with `demoData: false`, only an administrator with a one-time password.
 */
export function prepareDatabase(file?: string, { demoData = true, demoActivity = false } = {}): { db: Db; seeded: Seeded } {
  const db = openDb(file);
  migrateDb(db);
  if (demoData) return { db, seeded: seedDemo(db, { activity: demoActivity }) ? { kind: 'demo' } : { kind: 'none' } };
  const password = seedAdminOnly(db);
  return { db, seeded: password ? { kind: 'admin', password } : { kind: 'none' } };
}
