import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../errors';

/** Users and rights are the 系统管理员's alone; every use case here calls this before anything else. */
export function assertAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new ForbiddenError('只有系统管理员可以管理用户与权限');
}
