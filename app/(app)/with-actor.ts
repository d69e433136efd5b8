import { getDb } from '@/db';
import { recordRefusal } from '@/server/audit/record-refusal';
import { assertNoPasswordChangeDue, requireActor, type Actor } from '@/server/auth/actor';
import { ForbiddenError } from '@/server/errors';

export interface ActionOptions {
  /** The one action a user who must change their password may still take: changing it. */
  duringPasswordChange?: boolean;
}

/**
 * The start of every server action: the session first (UnauthorizedError without one), a password change that is due
 * (refused with a message until it is done), then the action with its actor; a refusal (ForbiddenError) is recorded
 * in the audit log under the action's name before it propagates.
 */
export async function withActor<T>(action: string, run: (actor: Actor) => Promise<T> | T, options: ActionOptions = {}): Promise<T> {
  const actor = await requireActor();
  try {
    if (!options.duringPasswordChange) assertNoPasswordChangeDue(actor);
    return await run(actor);
  } catch (error) {
    if (error instanceof ForbiddenError) recordRefusal(getDb(), actor, action, error);
    throw error;
  }
}
