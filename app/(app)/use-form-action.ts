'use client';

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { INITIAL_FORM_STATE, type FormState } from './form-state';

/**
 * Submits a form to a server action by hand, so that refused input stays in the fields (form actions reset the
 * form); with `resetOnSuccess`, a saved form is cleared (password fields). `ready` turns true once the page is
 * interactive: a form with passwords keeps its button disabled until then, so that it is never submitted natively.
 */
export function useFormAction<S extends FormState>(action: (prev: S, data: FormData) => Promise<S>, { resetOnSuccess = false } = {}) {
  const [state, dispatch, pending] = useActionState<S, FormData>(action, INITIAL_FORM_STATE as Awaited<S>);
  const ref = useRef<HTMLFormElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  useEffect(() => {
    if (resetOnSuccess && state.savedAt) ref.current?.reset();
  }, [resetOnSuccess, state.savedAt]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return { state, pending, ready, ref, onSubmit };
}
