import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { belongsToDepartment, readsEveryDepartment } from '@/lib/auth/roles';
import { projectOwners } from '@/db/schema';
import { findProject, type ProjectWithContext } from '@/db/queries/projects';
import { ForbiddenError, NotFoundError } from '../errors';
import type { Actor } from './actor';

/** Whether the actor may see a department's projects: the admin and the 财政 reviewer see all, others their own department. */
export function canReadDepartment(actor: Actor, departmentId: number): boolean {
  if (readsEveryDepartment(actor.role)) return true;
  if (!belongsToDepartment(actor.role)) return false;
  return actor.departmentId === departmentId;
}

export function isProjectOwner(db: Db, actor: Actor, projectId: number): boolean {
  if (actor.role !== 'owner') return false;
  const row = db
    .select({ userId: projectOwners.userId })
    .from(projectOwners)
    .where(and(eq(projectOwners.projectId, projectId), eq(projectOwners.userId, actor.id)))
    .get();
  return Boolean(row);
}

export function requireReadableProject(db: Db, actor: Actor, projectId: number): ProjectWithContext {
  const project = Number.isSafeInteger(projectId) ? findProject(db, projectId) : undefined;
  if (!project) throw new NotFoundError('项目不存在');
  if (!canReadDepartment(actor, project.departmentId)) throw new ForbiddenError('无权查看该项目');
  return project;
}

/** Only the project's own 项目负责人 may log values for it. */
export function requireWritableProject(db: Db, actor: Actor, projectId: number): ProjectWithContext {
  const project = requireReadableProject(db, actor, projectId);
  if (!isProjectOwner(db, actor, projectId)) throw new ForbiddenError('只有该项目的负责人可以填报');
  return project;
}
