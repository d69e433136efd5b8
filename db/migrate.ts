import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import path from 'node:path';
import type { Db } from './client';

export function migrateDb(db: Db): void {
  migrate(db, { migrationsFolder: path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'db/migrations') });
}
