import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db';
import { projectOwners, users } from '@/db/schema';
import { countEnabledUsersWithRole, findUserById, listOwnedProjects } from '@/db/queries/users';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { NotFoundError, ValidationError } from '../errors';
import { assertAdmin } from './require-admin';
import { departmentIdSchema, displayNameSchema, parseInput, resolveDepartment, roleSchema } from './user-input';
import { userSnapshot } from './user-snapshot';

const changesSchema = z.object({ displayName: displayNameSchema, role: roleSchema, departmentId: departmentIdSchema });

/**
 * Changes a user's name, role or department. The last enabled 系统管理员 keeps the role; a 项目负责人 who leaves the role or
 * the department gives up the projects there, unless they would be left without an owner. Returns whether anything changed.
 */
export function updateUser(db: Db, actor: Actor, userId: number, body: unknown): boolean {
  assertAdmin(actor);
  const input = parseInput(changesSchema, body);
  const user = findUserById(db, userId);
  if (!user) throw new NotFoundError('用户不存在');
  const departmentId = resolveDepartment(db, input.role, input.departmentId);
  if (user.role === 'admin' && !user.disabledAt && input.role !== 'admin' && countEnabledUsersWithRole(db, 'admin') <= 1) {
    throw new ValidationError('系统中至少需要保留一名可用的系统管理员', { role: ['不能更改最后一名可用的系统管理员的角色'] });
  }
  const lost = listOwnedProjects(db, user.id).filter((p) => input.role !== 'owner' || p.departmentId !== departmentId);
  const sole = lost.filter((p) => p.ownerCount <= 1);
  if (sole.length > 0) {
    const names = sole.slice(0, 3).map((p) => `“${p.name}”`).join('、') + (sole.length > 3 ? '等' : '');
    throw new ValidationError(`该用户是 ${names} ${sole.length} 个项目的唯一负责人，请先在“项目负责人”中为这些项目指定其他负责人`, {
      role: ['请先为其负责的项目指定其他负责人'],
    });
  }
  const next = { ...user, displayName: input.displayName, role: input.role, departmentId };
  if (next.displayName === user.displayName && next.role === user.role && next.departmentId === user.departmentId) return false;

  db.transaction((tx) => {
    tx.update(users).set({ displayName: next.displayName, role: next.role, departmentId }).where(eq(users.id, user.id)).run();
    const lostIds = lost.map((p) => p.id);
    if (lostIds.length > 0) {
      tx.delete(projectOwners).where(and(eq(projectOwners.userId, user.id), inArray(projectOwners.projectId, lostIds))).run();
    }
    recordAudit(tx, {
      actor,
      action: 'user.update',
      entity: 'user',
      entityId: user.id,
      before: userSnapshot(tx, user),
      after: { ...userSnapshot(tx, next), ...(lost.length > 0 && { removedFromProjects: lost.map((p) => p.name) }) },
    });
  });
  return true;
}
