'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { updateSelfEvaluationLine, updateSelfEvaluationSummary } from '@/server/self-evaluation/edit-self-evaluation';
import { approveSelfEvaluation, reopenSelfEvaluation, returnSelfEvaluation, submitSelfEvaluation } from '@/server/self-evaluation/review-self-evaluation';
import type { FormState } from '../../../form-state';
import { formText as text } from '../../../form-text';
import { runForm } from '../../../run-form';

/**
 * The 自评 page's actions: session → use case (right to the project first, then the fields as typed) → revalidate.
 */
const projectOf = (formData: FormData) => Number(text(formData, 'projectId'));

export async function updateSelfEvaluationLineAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('updateSelfEvaluationLineAction', (actor) => {
    const body = {
      notApplicable: text(formData, 'notApplicable') === 'on',
      reason: text(formData, 'reason'),
      score: text(formData, 'score'),
      analysis: text(formData, 'analysis'),
    };
    updateSelfEvaluationLine(getDb(), actor, projectOf(formData), Number(text(formData, 'indicatorId')), body, { numbers: 'typed' });
    revalidatePath('/', 'layout');
    return '已保存该指标的自评';
  });
}

export async function updateSelfEvaluationSummaryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('updateSelfEvaluationSummaryAction', (actor) => {
    const body = { adjustedBudget: text(formData, 'adjustedBudget'), goalActual: text(formData, 'goalActual'), budgetAnalysis: text(formData, 'budgetAnalysis') };
    updateSelfEvaluationSummary(getDb(), actor, projectOf(formData), body, { numbers: 'typed' });
    revalidatePath('/', 'layout');
    return '已保存';
  });
}

export async function submitSelfEvaluationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('submitSelfEvaluationAction', (actor) => {
    const view = submitSelfEvaluation(getDb(), actor, projectOf(formData));
    revalidatePath('/', 'layout');
    return `已提交自评：总分 ${view.sheet.total.toFixed(2)}，等级 ${view.sheet.grade}`;
  });
}

export async function approveSelfEvaluationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('approveSelfEvaluationAction', (actor) => {
    approveSelfEvaluation(getDb(), actor, projectOf(formData), { comment: text(formData, 'comment') });
    revalidatePath('/', 'layout');
    return '已审核通过';
  });
}

export async function returnSelfEvaluationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('returnSelfEvaluationAction', (actor) => {
    returnSelfEvaluation(getDb(), actor, projectOf(formData), { comment: text(formData, 'comment') });
    revalidatePath('/', 'layout');
    return '已退回负责人修改';
  });
}

export async function reopenSelfEvaluationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('reopenSelfEvaluationAction', (actor) => {
    reopenSelfEvaluation(getDb(), actor, projectOf(formData), { reason: text(formData, 'reason') });
    revalidatePath('/', 'layout');
    return '已重新打开，负责人可以修改后再次提交';
  });
}
