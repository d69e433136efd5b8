import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Failed sign-in counters per username and network, per network and per username (lib/auth/sign-in-throttle.ts). */
export const loginThrottle = sqliteTable(
  'login_throttle',
  {
    key: text('key').primaryKey(),
    scope: text('scope', { enum: ['pair', 'network', 'account'] }).notNull(),
    /** The username as typed, in lower case (it may name no account); null for the network counter. */
    username: text('username'),
    network: text('network'),
    failures: integer('failures').notNull(),
    windowStartedAt: text('window_started_at').notNull(),
    lockedUntil: text('locked_until'),
  },
  (t) => [index('login_throttle_username').on(t.username)],
);

export type LoginThrottleRow = typeof loginThrottle.$inferSelect;
