import type { Db } from '@/db';
import type { ProjectWithContext } from '@/db/queries/projects';
import type { Actor } from '../auth/actor';
import { isProjectOwner, requireReadableProject } from '../auth/access';
import { ForbiddenError } from '../errors';

/** Only the project's own 项目负责人 adds and removes its 佐证材料; anyone who may read the project downloads them. */
export function requireAttachmentOwner(db: Db, actor: Actor, projectId: number): ProjectWithContext {
  const project = requireReadableProject(db, actor, projectId);
  if (!isProjectOwner(db, actor, projectId)) throw new ForbiddenError('只有该项目的负责人可以上传或删除佐证材料');
  return project;
}
