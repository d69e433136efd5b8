import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Key–value settings: monitoring thresholds, reason categories, whether demo data is loaded. */
export const appSettings = sqliteTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
});
