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

export async function currentActor(): Promise<Actor | null> {
  const session = await auth();
  if (!session?.user?.id) return null;
  const { id, username, name, role, departmentId } = session.user;
  return { id: Number(id), username, name, role, departmentId };
}

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new UnauthorizedError();
  return actor;
}
