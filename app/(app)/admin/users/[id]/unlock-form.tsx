'use client';

import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../../../use-form-action';
import { unlockUserAction } from '../actions';

export function UnlockForm({ userId, disabled }: { userId: number; disabled: boolean }) {
  const { state, pending, onSubmit } = useFormAction(unlockUserAction);
  return (
    <form onSubmit={onSubmit} aria-label="解除锁定" className="flex flex-col gap-3">
      <input type="hidden" name="userId" value={userId} />
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant="secondary" disabled={disabled || pending}>
          解除锁定
        </Button>
      </div>
    </form>
  );
}
