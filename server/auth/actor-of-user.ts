import type { User } from '@/db/schema';
import type { PasswordChangeReason } from '@/lib/auth/password-change';
import type { RequestOrigin } from '../audit/record-audit';
import type { Actor } from './actor';

/** How a user came to act: the request's origin, the server-side session, and whether a password change is due. */
export interface ActorContext {
  origin?: RequestOrigin;
  sessionId?: string;
  passwordChange?: PasswordChangeReason | null;
}

/** The actor a user account acts as, through a session or a token. */
export function actorOfUser(user: User, context: ActorContext = {}): Actor {
  return { id: user.id, username: user.username, name: user.displayName, role: user.role, departmentId: user.departmentId, ...context };
}
