import { AppError } from '@/server/errors';
import type { FormState } from './form-state';

/** Runs a form's use case: its success message, or a refused input's message and field errors (other failures propagate). */
export async function runForm(run: () => Promise<string>): Promise<FormState> {
  try {
    return { ok: true, message: await run(), fieldErrors: {}, savedAt: Date.now() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
}
