import { and, asc, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db';
import { writeSetting } from '@/db/queries/app-settings';
import { users } from '@/db/schema';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { verifyPassword } from '../auth/password';
import { DEMO_ACCOUNTS, DEMO_MODE_SETTING, DEMO_PASSWORD, isDemoMode } from '../demo/demo-mode';
import { ValidationError } from '../errors';
import { assertSettingsAdmin } from './assert-settings-admin';

export const END_DEMO_CONFIRMATION = '关闭示例环境';

/**
 * 关闭示例环境 (for good): the login page stops showing the demo accounts and their password, the 示例环境 banner goes,
 * and every demo account still on the demo password must change it at its next request. The data stays. Returns
 * false when demo mode was off already.
 */
export function endDemoMode(db: Db, actor: Actor, body: { confirm?: unknown }): boolean {
  assertSettingsAdmin(actor);
  if (!isDemoMode(db)) return false;
  if (body.confirm !== END_DEMO_CONFIRMATION) throw new ValidationError(`请勾选“我已了解”以确认${END_DEMO_CONFIRMATION}`, { confirm: ['请勾选确认'] });
  const demoUsernames = DEMO_ACCOUNTS.map((a) => a.username);
  const candidates = db
    .select()
    .from(users)
    .where(and(inArray(users.username, demoUsernames), isNull(users.mustChangePassword)))
    .orderBy(asc(users.id))
    .all();
  const onDemoPassword = candidates.filter((u) => verifyPassword(DEMO_PASSWORD, u.passwordHash)).map((u) => u.username);
  db.transaction((tx) => {
    writeSetting(tx, DEMO_MODE_SETTING, false);
    if (onDemoPassword.length > 0) tx.update(users).set({ mustChangePassword: 'demo' }).where(inArray(users.username, onDemoPassword)).run();
    recordAudit(tx, {
      actor,
      action: 'settings.demo_mode',
      entity: 'settings',
      entityId: DEMO_MODE_SETTING,
      before: { demoMode: true },
      after: { demoMode: false, mustChangePassword: onDemoPassword },
    });
  });
  return true;
}
