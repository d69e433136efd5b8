import { z } from 'zod';
import type { Db } from '@/db';
import { users } from '@/db/schema';
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

/** 新建用户: admin → input → password policy → unique username → insert and audit (without the password). */
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
    const { id } = tx
      .insert(users)
      .values({ ...row, passwordHash, createdAt: new Date().toISOString() })
      .returning({ id: users.id })
      .get();
    recordAudit(tx, { actor, action: 'user.create', entity: 'user', entityId: id, after: userSnapshot(tx, row) });
    return { id, username: input.username };
  });
}
