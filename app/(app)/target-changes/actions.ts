'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { approveTargetChange, rejectTargetChange } from '@/server/target-changes/decide-target-change';
import type { FormState } from '../form-state';
import { formText } from '../form-text';
import { runForm } from '../run-form';

/** Session → approveTargetChange (approvers only, checked before the comment is read) → revalidate. */
export async function approveTargetChangeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('approveTargetChangeAction', (actor) => {
    approveTargetChange(getDb(), actor, Number(formText(formData, 'changeId')), { comment: formText(formData, 'comment') });
    revalidatePath('/', 'layout');
    return '已批准，灯号、序时应完成值和导出按新目标计算';
  });
}

export async function rejectTargetChangeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('rejectTargetChangeAction', (actor) => {
    rejectTargetChange(getDb(), actor, Number(formText(formData, 'changeId')), { comment: formText(formData, 'comment') });
    revalidatePath('/', 'layout');
    return '已驳回，目标保持不变';
  });
}
