import { eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { projects, type Project } from '@/db/schema';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { requireReadableProject } from '../auth/access';
import { ForbiddenError, ValidationError } from '../errors';

/** The 系统管理员 flags a project for 重点监控 (or clears the flag); leaders filter on it. */
export function setKeyMonitored(db: Db, actor: Actor, projectId: number, keyMonitored: unknown): Project {
  const project = requireReadableProject(db, actor, projectId);
  if (actor.role !== 'admin') throw new ForbiddenError('只有系统管理员可以设置重点监控项目');
  if (typeof keyMonitored !== 'boolean') throw new ValidationError('重点监控标记应为是或否');
  return db.transaction((tx) => {
    const updated = tx.update(projects).set({ keyMonitored }).where(eq(projects.id, project.id)).returning().get();
    recordAudit(tx, {
      actor,
      action: 'project.key-monitored',
      entity: 'project',
      entityId: project.id,
      before: { keyMonitored: project.keyMonitored },
      after: { keyMonitored },
    });
    return updated;
  });
}
