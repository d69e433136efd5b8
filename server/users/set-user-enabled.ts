import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { countEnabledUsersWithRole, findUserById } from '@/db/queries/users';
import { users, type User } from '@/db/schema';
import { recordAudit, type AuditActor } from '../audit/record-audit';
import { CLI_ORIGIN } from '../audit/cli-origin';
import type { Actor } from '../auth/actor';
import { NotFoundError, ValidationError } from '../errors';
import { endCredentials } from './end-credentials';
import { assertAdmin } from './require-admin';

/**
 * 停用 / 启用 an account, by an administrator (`by`) or from the command line (null). A disabled account cannot sign
 * in or use a token: its sessions end and its tokens are revoked at once. The last enabled 系统管理员 stays enabled.
 * Returns false when the account was already so.
 */
export function setAccountEnabled(db: Db, user: User, enabled: boolean, by: AuditActor | null, now = new Date()): boolean {
  if (Boolean(user.disabledAt) === !enabled) return false;
  if (!enabled && user.role === 'admin' && countEnabledUsersWithRole(db, 'admin') <= 1) {
    throw new ValidationError('不能停用最后一名可用的系统管理员');
  }
  const at = now.toISOString();
  db.transaction((tx) => {
    tx.update(users).set({ disabledAt: enabled ? null : at }).where(eq(users.id, user.id)).run();
    const ended = enabled ? {} : endCredentials(tx, user.id, 'disabled', at);
    recordAudit(tx, {
      actor: by,
      origin: by ? undefined : CLI_ORIGIN,
      action: enabled ? 'user.enable' : 'user.disable',
      entity: 'user',
      entityId: user.id,
      before: { username: user.username, disabledAt: user.disabledAt },
      after: { username: user.username, disabledAt: enabled ? null : at, ...ended },
    });
  });
  return true;
}

/** The user page's 停用账户 / 启用账户; an administrator cannot disable their own account. */
export function setUserEnabled(db: Db, actor: Actor, userId: number, enabled: boolean): boolean {
  assertAdmin(actor);
  const user = findUserById(db, userId);
  if (!user) throw new NotFoundError('用户不存在');
  if (!enabled && user.id === actor.id) throw new ValidationError('不能停用自己的账户');
  return setAccountEnabled(db, user, enabled, actor);
}
