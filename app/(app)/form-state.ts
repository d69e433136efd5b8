/** What a form's server action answers: a message for the form and the fields to mark. */
export interface FormState {
  ok: boolean;
  message: string | null;
  fieldErrors: Record<string, string[]>;
  /** Set on success, so that a form can clear itself. */
  savedAt?: number;
}

export const INITIAL_FORM_STATE: FormState = { ok: false, message: null, fieldErrors: {} };
