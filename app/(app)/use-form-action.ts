'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { INITIAL_FORM_STATE, type FormState } from './form-state';

type FormAction = (prev: FormState, data: FormData) => Promise<FormState>;

/**
 * Submits a form to a server action by hand, so that refused input stays in the fields (form actions reset the
 * form); with `resetOnSuccess`, a saved form is cleared (password fields).
 */
export function useFormAction(action: FormAction, { resetOnSuccess = false } = {}) {
  const [state, dispatch, pending] = useActionState(action, INITIAL_FORM_STATE);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (resetOnSuccess && state.savedAt) ref.current?.reset();
  }, [resetOnSuccess, state.savedAt]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return { state, pending, ref, onSubmit };
}
