import type { User } from '@/db/schema';
import type { RequestOrigin } from '../audit/record-audit';
import type { Actor } from './actor';

/** The actor a user account acts as, through a session or a token. */
export function actorOfUser(user: User, origin?: RequestOrigin): Actor {
  return { id: user.id, username: user.username, name: user.displayName, role: user.role, departmentId: user.departmentId, origin };
}
