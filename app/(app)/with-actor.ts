import { getDb } from '@/db';
import { recordRefusal } from '@/server/audit/record-refusal';
import { requireActor, type Actor } from '@/server/auth/actor';
import { ForbiddenError } from '@/server/errors';

/**
 * The start of every server action: the session first (UnauthorizedError without one), then the action with its actor;
 * a refusal (ForbiddenError) is recorded in the audit log under the action's name before it propagates.
 */
export async function withActor<T>(action: string, run: (actor: Actor) => Promise<T> | T): Promise<T> {
  const actor = await requireActor();
  try {
    return await run(actor);
  } catch (error) {
    if (error instanceof ForbiddenError) recordRefusal(getDb(), actor, action, error);
    throw error;
  }
}
