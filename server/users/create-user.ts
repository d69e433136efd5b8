import { z } from 'zod';
import type { Db } from '@/db';
import { users } from '@/db/schema';
import { PASSWORD_CHANGE_REASON_LABELS } from '@/lib/auth/password-change';
import { findUserByUsernameIgnoringCase } from '@/db/queries/users';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { hashPassword } from '../auth/password';
import { ValidationError } from '../errors';
import { assertAdmin } from './require-admin';
import { assertPasswordPolicy, departmentIdSchema, displayNameSchema, parseInput, passwordSchema, resolveDepartment, roleSchema, usernameSchema } from './user-input';
import { userSnapshot } from './user-snapshot';

const newUserSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  role: roleSchema,
  departmentId: departmentIdSchema,
  password: passwordSchema,
});

/**
 * 新建用户: admin → input → password policy → unique username → insert and audit (without the password). The initial
 * password is a one-time password: the user must change it at their first sign-in.
 */
export function createUser(db: Db, actor: Actor, body: unknown): { id: number; username: string } {
  assertAdmin(actor);
  const input = parseInput(newUserSchema, body);
  assertPasswordPolicy(input.password, input.username);
  const departmentId = resolveDepartment(db, input.role, input.departmentId);
  const passwordHash = hashPassword(input.password);
  return db.transaction((tx) => {
    if (findUserByUsernameIgnoringCase(tx, input.username)) {
      throw new ValidationError(`用户名“${input.username}”已存在`, { username: ['用户名已存在'] });
    }
    const row = { username: input.username, displayName: input.displayName, role: input.role, departmentId };
    const now = new Date().toISOString();
    const { id } = tx
      .insert(users)
      .values({ ...row, passwordHash, passwordChangedAt: now, mustChangePassword: 'initial', createdAt: now })
      .returning({ id: users.id })
      .get();
    const after = { ...userSnapshot(tx, row), mustChangePassword: PASSWORD_CHANGE_REASON_LABELS.initial };
    recordAudit(tx, { actor, action: 'user.create', entity: 'user', entityId: id, after });
    return { id, username: input.username };
  });
}
