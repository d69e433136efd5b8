import { openDb, type Db } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { seedDemo } from '../demo/seed-demo';

/** Creates the database file when missing, applies migrations and loads demo data into an empty one. */
export function prepareDatabase(file?: string, { demoActivity = false } = {}): { db: Db; seeded: boolean } {
  const db = openDb(file);
  migrateDb(db);
  const seeded = seedDemo(db, { activity: demoActivity });
  return { db, seeded };
}
