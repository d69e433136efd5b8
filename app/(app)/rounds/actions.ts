'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { formatPeriod } from '@/lib/format/number';
import { closeRound, openRound } from '@/server/rounds/manage-rounds';
import { takeRoundStep } from '@/server/rounds/round-steps';
import type { FormState } from '../form-state';
import { formText as text } from '../form-text';
import { runForm } from '../run-form';

/** The monitoring rounds' actions: session → use case (rights first, then the fields as typed) → revalidate. */
const ids = (formData: FormData) => [Number(text(formData, 'roundId')), Number(text(formData, 'projectId'))] as const;

export async function openRoundAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('openRoundAction', (actor) => {
    const [departmentId, year] = text(formData, 'budgetYear').split(':').map(Number);
    const body = {
      year,
      departmentId,
      period: text(formData, 'period'),
      deadline: text(formData, 'deadline'),
      official: text(formData, 'official') === 'on',
    };
    const round = openRound(getDb(), actor, body);
    revalidatePath('/', 'layout');
    return `已开启 ${round.departmentName} ${formatPeriod(round.period)}的监控轮次，截止 ${round.deadline}`;
  });
}

export async function closeRoundAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('closeRoundAction', (actor) => {
    const round = closeRound(getDb(), actor, Number(text(formData, 'roundId')));
    revalidatePath('/', 'layout');
    return `已关闭 ${round.departmentName} ${formatPeriod(round.period)}的监控轮次`;
  });
}

export async function submitRoundAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('submitRoundAction', (actor) => {
    takeRoundStep(getDb(), actor, ...ids(formData), 'submit');
    revalidatePath('/', 'layout');
    return '已送审，等待部门领导审核';
  });
}

export async function approveRoundAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('approveRoundAction', (actor) => {
    takeRoundStep(getDb(), actor, ...ids(formData), 'approve', { comment: text(formData, 'comment') });
    revalidatePath('/', 'layout');
    return '已审核通过，本月及以前的数据已锁定';
  });
}

export async function returnRoundAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('returnRoundAction', (actor) => {
    takeRoundStep(getDb(), actor, ...ids(formData), 'return', { comment: text(formData, 'comment') });
    revalidatePath('/', 'layout');
    return '已退回负责人修改';
  });
}

export async function reopenRoundAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('reopenRoundAction', (actor) => {
    takeRoundStep(getDb(), actor, ...ids(formData), 'reopen', { reason: text(formData, 'reason') });
    revalidatePath('/', 'layout');
    return '已重新打开，负责人可以修改后再次送审';
  });
}
