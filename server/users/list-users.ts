import type { Db } from '@/db';
import { listDepartments } from '@/db/queries/departments';
import { listCountersOfAccounts } from '@/db/queries/login-throttle';
import { listUserRows, type UserRow } from '@/db/queries/users';
import type { Department } from '@/db/schema';
import { passwordChangeReason, type PasswordChangeReason } from '@/lib/auth/password-change';
import { summariseAccountCounters, throttleUsername, type AccountLockSummary } from '@/lib/auth/sign-in-throttle';
import type { Actor } from '../auth/actor';
import { loadPasswordExpiry } from '../auth/password-expiry';
import { NotFoundError } from '../errors';
import { assertAdmin } from './require-admin';

/** An account as 用户与权限 shows it: with its failed sign-ins and whether it must change its password. */
export interface AccountRow extends UserRow {
  lock: AccountLockSummary;
  passwordChange: PasswordChangeReason | null;
}

/** The 用户与权限 list: every account (no password hashes) and the departments to pick from. */
export function listUsers(db: Db, actor: Actor, now = new Date()): { users: AccountRow[]; departments: Department[] } {
  assertAdmin(actor);
  const counters = listCountersOfAccounts(db);
  const expiry = loadPasswordExpiry(db);
  const users = listUserRows(db).map((user) => {
    const own = counters.filter((c) => c.username === throttleUsername(user.username));
    return { ...user, lock: summariseAccountCounters(own, now), passwordChange: passwordChangeReason(user, expiry, now) };
  });
  return { users, departments: listDepartments(db) };
}

export function getUserRow(db: Db, actor: Actor, userId: number): { user: AccountRow; departments: Department[] } {
  const { users, departments } = listUsers(db, actor);
  const user = users.find((u) => u.id === userId);
  if (!user) throw new NotFoundError('用户不存在');
  return { user, departments };
}
