import { count } from 'drizzle-orm';
import type { Db } from '@/db';
import { writeSetting } from '@/db/queries/app-settings';
import { users } from '@/db/schema';
import { PASSWORD_CHANGE_REASON_LABELS } from '@/lib/auth/password-change';
import { recordAudit } from '../audit/record-audit';
import { generateOneTimePassword } from '../auth/one-time-password';
import { hashPassword } from '../auth/password';
import { DEMO_MODE_SETTING } from '../demo/demo-mode';

/**
 * A real install (`DEMO_DATA=0`) on an empty database: one account, `admin`, with a random one-time password that
 * must be changed at the first sign-in; nothing else (no demo table, accounts or entries). Returns the password, to be
 * shown once, or null when the database already has accounts.
 */
export function seedAdminOnly(db: Db): string | null {
  if (db.select({ n: count() }).from(users).get()!.n > 0) return null;
  const password = generateOneTimePassword();
  const passwordHash = hashPassword(password);
  const now = new Date().toISOString();
  db.transaction((tx) => {
    const row = { username: 'admin', displayName: '系统管理员', role: 'admin' as const, departmentId: null };
    const { id } = tx
      .insert(users)
      .values({ ...row, passwordHash, passwordChangedAt: now, mustChangePassword: 'initial', createdAt: now })
      .returning({ id: users.id })
      .get();
    writeSetting(tx, DEMO_MODE_SETTING, false);
    const after = { ...row, mustChangePassword: PASSWORD_CHANGE_REASON_LABELS.initial };
    recordAudit(tx, { actor: null, origin: { channel: 'system' }, action: 'user.create', entity: 'user', entityId: id, after });
  });
  return password;
}
