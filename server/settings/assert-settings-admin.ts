import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../errors';

/** The 设置 page is the 系统管理员's alone; every settings use case calls this before reading any field. */
export function assertSettingsAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new ForbiddenError('只有系统管理员可以修改设置');
}
