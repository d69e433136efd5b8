'use client';

import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../use-form-action';
import { remindProjectAction, remindRoundAction } from './actions';

/** A 催报 button: one project (with `projectId`) or every project of the round not yet submitted (`count` of them). */
export function RemindForm({ roundId, projectId, count, label }: { roundId: number; projectId?: number; count?: number; label: string }) {
  const { state, pending, onSubmit } = useFormAction(projectId === undefined ? remindRoundAction : remindProjectAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center justify-end gap-2">
      <input type="hidden" name="roundId" value={roundId} />
      {projectId !== undefined && <input type="hidden" name="projectId" value={projectId} />}
      <FormMessage state={state} />
      <Button type="submit" variant={projectId === undefined ? 'primary' : 'secondary'} disabled={pending} aria-label={label}>
        {projectId === undefined ? `全部催报（${count} 个项目）` : '催报'}
      </Button>
    </form>
  );
}
