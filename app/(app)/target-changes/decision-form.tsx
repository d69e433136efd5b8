'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../use-form-action';
import { approveTargetChangeAction, rejectTargetChangeAction } from './actions';

/** The approver's answer to one proposal: a comment (required to reject) and 批准 or 驳回. */
export function DecisionForm({ changeId, label }: { changeId: number; label: string }) {
  const approve = useFormAction(approveTargetChangeAction);
  const reject = useFormAction(rejectTargetChangeAction);
  const [last, setLast] = useState<'approve' | 'reject'>('approve');
  const pending = approve.pending || reject.pending;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const decision = submitter?.value === 'reject' ? 'reject' : 'approve';
    setLast(decision);
    (decision === 'reject' ? reject : approve).onSubmit(event);
  };
  const id = `decision-comment-${changeId}`;
  return (
    <form aria-label={label} onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="changeId" value={changeId} />
      <label htmlFor={id} className="text-xs text-slate-600">
        审批意见（驳回时必填）
      </label>
      <textarea id={id} name="comment" rows={2} maxLength={2000} className={inputClass} />
      <div className="flex gap-2">
        <Button type="submit" value="approve" disabled={pending}>
          批准
        </Button>
        <Button type="submit" value="reject" variant="danger" disabled={pending}>
          驳回
        </Button>
      </div>
      <FormMessage state={(last === 'reject' ? reject : approve).state} />
    </form>
  );
}
