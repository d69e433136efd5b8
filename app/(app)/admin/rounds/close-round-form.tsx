'use client';

import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../../use-form-action';
import { closeRoundAction } from '../../rounds/actions';

/** 关闭 one round: submissions and reviews stop; approved months stay locked. */
export function CloseRoundForm({ roundId, label }: { roundId: number; label: string }) {
  const { state, pending, onSubmit } = useFormAction(closeRoundAction);
  return (
    <form
      aria-label={`关闭 ${label}`}
      onSubmit={(e) => {
        if (!window.confirm(`确定关闭 ${label} 吗？关闭后不能再送审、审核或重新打开，已通过的月份仍保持锁定。`)) return e.preventDefault();
        onSubmit(e);
      }}
      className="flex flex-col items-end gap-1"
    >
      <input type="hidden" name="roundId" value={roundId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        关闭
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
