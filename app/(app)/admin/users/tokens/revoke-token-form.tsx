'use client';

import type { FormEvent } from 'react';
import { useFormAction } from '../../../use-form-action';
import { revokeTokenAction } from './actions';

/** 吊销, after a confirmation: an integration using the token stops at once. */
export function RevokeTokenForm({ tokenId, label }: { tokenId: number; label: string }) {
  const { state, pending, onSubmit } = useFormAction(revokeTokenAction);
  const confirmFirst = (event: FormEvent<HTMLFormElement>) => {
    if (window.confirm(`吊销令牌 #${tokenId}（${label}）？使用该令牌的程序将立即无法访问，且不可恢复。`)) onSubmit(event);
    else event.preventDefault();
  };
  return (
    <form onSubmit={confirmFirst} aria-label={`吊销令牌 #${tokenId}`} className="flex items-center justify-end gap-2">
      <input type="hidden" name="tokenId" value={tokenId} />
      {state.message && !state.ok && <span className="text-xs text-red-700">{state.message}</span>}
      <button type="submit" disabled={pending} className="text-sm text-red-700 hover:underline disabled:text-slate-400">
        吊销
      </button>
    </form>
  );
}
