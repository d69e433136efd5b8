import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { preparedOnce } from '../prepared';
import { appSettings } from '../schema';

const settingByKey = preparedOnce((db) => db.select().from(appSettings).where(eq(appSettings.key, sql.placeholder('key'))).prepare());

export function readSetting<T>(db: DbOrTx, key: string): T | undefined {
  return settingByKey(db).get({ key })?.value as T | undefined;
}

export function writeSetting(db: DbOrTx, key: string, value: unknown): void {
  db.insert(appSettings).values({ key, value }).onConflictDoUpdate({ target: appSettings.key, set: { value } }).run();
}
