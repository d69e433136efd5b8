'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { SelfEvaluationRights } from '@/server/self-evaluation/self-evaluation-rights';
import { useFormAction } from '../../../use-form-action';
import { approveSelfEvaluationAction, reopenSelfEvaluationAction, returnSelfEvaluationAction, submitSelfEvaluationAction } from './actions';

function SubmitForm({ projectId }: { projectId: number }) {
  const { state, pending, onSubmit } = useFormAction(submitSelfEvaluationAction);
  return (
    <form aria-label="提交自评" onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="projectId" value={projectId} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? '提交中…' : '提交自评'}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

function DecisionForm({ projectId }: { projectId: number }) {
  const approve = useFormAction(approveSelfEvaluationAction);
  const back = useFormAction(returnSelfEvaluationAction);
  const [last, setLast] = useState<'approve' | 'return'>('approve');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const decision = submitter?.value === 'return' ? 'return' : 'approve';
    setLast(decision);
    (decision === 'return' ? back : approve).onSubmit(event);
  };
  return (
    <form aria-label="审核自评" onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="projectId" value={projectId} />
      <label htmlFor="review-comment" className="text-sm text-slate-700">
        审核意见（退回时必填）
      </label>
      <textarea id="review-comment" name="comment" rows={2} maxLength={2000} className={inputClass} />
      <div className="flex gap-2">
        <Button type="submit" value="approve" disabled={approve.pending || back.pending}>
          审核通过
        </Button>
        <Button type="submit" value="return" variant="danger" disabled={approve.pending || back.pending}>
          退回
        </Button>
      </div>
      <FormMessage state={(last === 'return' ? back : approve).state} />
    </form>
  );
}

function ReopenForm({ projectId }: { projectId: number }) {
  const { state, pending, onSubmit } = useFormAction(reopenSelfEvaluationAction);
  return (
    <form aria-label="重新打开自评" onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="projectId" value={projectId} />
      <label htmlFor="reopen-reason" className="text-sm text-slate-700">
        重新打开的理由（记入审计日志）
      </label>
      <textarea id="reopen-reason" name="reason" rows={2} maxLength={2000} className={inputClass} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          重新打开
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

/** What the actor may do with the evaluation now: submit it, review it, or reopen it. */
export function ReviewPanel({ projectId, rights }: { projectId: number; rights: SelfEvaluationRights }) {
  if (!rights.edit && !rights.review && !rights.reopen) return null;
  return (
    <div className="no-print flex flex-col gap-3">
      {rights.edit && <SubmitForm projectId={projectId} />}
      {rights.review && <DecisionForm projectId={projectId} />}
      {rights.reopen && <ReopenForm projectId={projectId} />}
    </div>
  );
}
