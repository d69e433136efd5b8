/**
 * The app's own data step for each page, called in-process on the same file: what the server computes
 * before React renders — to tell the data layer's share of a page's time from the framework's.
 */
import { eq } from 'drizzle-orm';
import { openDb } from '@/db/client';
import { users } from '@/db/schema';
import type { Actor } from '@/server/auth/actor';
import { getOverview } from '@/server/overview/get-overview';
import { getProjectDetail } from '@/server/projects/get-project-detail';
import { listProjectRows } from '@/server/projects/list-project-rows';
import { resolveAsOf, resolveScope } from '@/server/scope/resolve-scope';

export interface DataLayer {
  overview: () => unknown;
  list: () => unknown;
  project: () => unknown;
  close: () => void;
}

/** The three pages' data calls as `username` sees them, with the pages' default scope. */
export function openDataLayer(file: string, username: string, projectId: number): DataLayer {
  const db = openDb(file);
  const user = db.select().from(users).where(eq(users.username, username)).get();
  if (!user) throw new Error(`没有用户 ${username}`);
  const actor: Actor = { id: user.id, username: user.username, name: user.displayName, role: user.role, departmentId: user.departmentId };
  const scope = resolveScope(db, actor, {});
  if (!scope) throw new Error(`${username} 没有可查看的预算年度`);
  return {
    overview: () => getOverview(db, actor, scope),
    list: () => listProjectRows(db, actor, scope),
    project: () => getProjectDetail(db, actor, projectId, (year) => resolveAsOf({}, year)),
    close: () => db.$client.close(),
  };
}
