import { getDb } from '@/db';
import { findUserById } from '@/db/queries/users';
import type { Role } from '@/db/schema';
import { UnauthorizedError } from '../errors';
import { auth } from './auth';

/** The person behind a request, from a session or an API token. */
export interface Actor {
  id: number;
  username: string;
  name: string;
  role: Role;
  departmentId: number | null;
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  leader: '部门领导',
  owner: '项目负责人',
  auditor: '审计员',
};

/**
 * The signed-in user. Name, role and department are read from the database on every request, not from the
 * session cookie, so that a change on 用户与权限 applies to sessions already open.
 */
export async function currentActor(): Promise<Actor | null> {
  const session = await auth();
  if (!session?.user?.id) return null;
  const user = findUserById(getDb(), Number(session.user.id));
  if (!user) return null;
  return { id: user.id, username: user.username, name: user.displayName, role: user.role, departmentId: user.departmentId };
}

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new UnauthorizedError();
  return actor;
}
