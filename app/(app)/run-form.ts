import type { Actor } from '@/server/auth/actor';
import { AppError } from '@/server/errors';
import type { FormState } from './form-state';
import { withActor, type ActionOptions } from './with-actor';

/**
 * Runs a form's server action (see withActor): its success message, or a refused input's message and field errors
 * (other failures propagate).
 */
export async function runForm(action: string, run: (actor: Actor) => Promise<string> | string, options: ActionOptions = {}): Promise<FormState> {
  try {
    return { ok: true, message: await withActor(action, run, options), fieldErrors: {}, savedAt: Date.now() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
}
