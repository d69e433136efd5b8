'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { RoundStep } from '@/lib/rounds/steps';
import { useFormAction } from '../use-form-action';
import { approveRoundAction, reopenRoundAction, returnRoundAction, submitRoundAction } from './actions';

interface Ids {
  roundId: number;
  projectId: number;
}

function Hidden({ roundId, projectId }: Ids) {
  return (
    <>
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="projectId" value={projectId} />
    </>
  );
}

/** 送审: a refusal lists each missing item. */
function SubmitForm(ids: Ids) {
  const { state, pending, onSubmit } = useFormAction(submitRoundAction);
  const missing = state.ok ? [] : (state.fieldErrors.submit ?? []);
  return (
    <form aria-label="送审" onSubmit={onSubmit} className="flex flex-col gap-2">
      <Hidden {...ids} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? '送审中…' : '送审'}
        </Button>
      </div>
      {missing.length > 0 ? (
        <div role="alert" aria-label="尚不能送审" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-900">
          <p className="font-medium">尚不能送审，请先补齐：</p>
          <ul className="ml-5 list-disc">
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : (
        <FormMessage state={state} />
      )}
    </form>
  );
}

/** 通过 / 退回 with one comment field (required to return). */
function DecisionForm(ids: Ids) {
  const approve = useFormAction(approveRoundAction);
  const back = useFormAction(returnRoundAction);
  const [last, setLast] = useState<'approve' | 'return'>('approve');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const decision = submitter?.value === 'return' ? 'return' : 'approve';
    setLast(decision);
    (decision === 'return' ? back : approve).onSubmit(event);
  };
  return (
    <form aria-label="审核" onSubmit={onSubmit} className="flex flex-col gap-2">
      <Hidden {...ids} />
      <label htmlFor="round-comment" className="text-sm text-slate-700">
        审核意见（退回时必填，负责人在项目页可见）
      </label>
      <textarea id="round-comment" name="comment" rows={3} maxLength={2000} className={inputClass} />
      <div className="flex gap-2">
        <Button type="submit" value="approve" disabled={approve.pending || back.pending}>
          通过
        </Button>
        <Button type="submit" value="return" variant="danger" disabled={approve.pending || back.pending}>
          退回
        </Button>
      </div>
      <FormMessage state={(last === 'return' ? back : approve).state} />
    </form>
  );
}

function ReopenForm(ids: Ids) {
  const { state, pending, onSubmit } = useFormAction(reopenRoundAction);
  return (
    <form aria-label="重新打开" onSubmit={onSubmit} className="flex flex-col gap-2">
      <Hidden {...ids} />
      <label htmlFor="round-reopen-reason" className="text-sm text-slate-700">
        重新打开的理由（记入流转记录和审计日志）
      </label>
      <textarea id="round-reopen-reason" name="reason" rows={2} maxLength={2000} className={inputClass} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          重新打开
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

/** The steps the actor may take now on a project in a round. */
export function RoundStepForms({ rights, ...ids }: Ids & { rights: Record<RoundStep, boolean> }) {
  if (!rights.submit && !rights.approve && !rights.reopen) return null;
  return (
    <div className="no-print flex flex-col gap-3">
      {rights.submit && <SubmitForm {...ids} />}
      {rights.approve && <DecisionForm {...ids} />}
      {rights.reopen && <ReopenForm {...ids} />}
    </div>
  );
}
