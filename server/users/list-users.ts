import type { Db } from '@/db';
import { listDepartments } from '@/db/queries/departments';
import { listUserRows, type UserRow } from '@/db/queries/users';
import type { Department } from '@/db/schema';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../errors';
import { assertAdmin } from './require-admin';

/** The 用户与权限 list: every account (no password hashes) and the departments to pick from. */
export function listUsers(db: Db, actor: Actor): { users: UserRow[]; departments: Department[] } {
  assertAdmin(actor);
  return { users: listUserRows(db), departments: listDepartments(db) };
}

export function getUserRow(db: Db, actor: Actor, userId: number): { user: UserRow; departments: Department[] } {
  const { users, departments } = listUsers(db, actor);
  const user = users.find((u) => u.id === userId);
  if (!user) throw new NotFoundError('用户不存在');
  return { user, departments };
}
