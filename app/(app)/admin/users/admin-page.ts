import type { Actor } from '@/server/auth/actor';
import { requirePageActor } from '../../page-actor';

export const ADMIN_ONLY_MESSAGE = '只有系统管理员可以管理用户与权限。';

/** The signed-in 系统管理员, or null for anyone else (the page then shows access denied). */
export async function requireAdminPage(): Promise<Actor | null> {
  const actor = await requirePageActor();
  return actor.role === 'admin' ? actor : null;
}
