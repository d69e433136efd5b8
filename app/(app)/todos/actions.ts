'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { readReminders } from '@/server/reminders/reminder-inbox';
import { remindProject, remindRound } from '@/server/reminders/send-reminders';
import type { FormState } from '../form-state';
import { formText } from '../form-text';
import { runForm } from '../run-form';
import { withActor } from '../with-actor';

/** 催报 one project of a round (the department's leader; checked inside remindProject). */
export async function remindProjectAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('remindProjectAction', (actor) => {
    const { reminded } = remindProject(getDb(), actor, Number(formText(formData, 'roundId')), Number(formText(formData, 'projectId')));
    revalidatePath('/todos');
    return `已催报 ${reminded} 位项目负责人`;
  });
}

/** 全部催报: every project of the round not yet submitted. */
export async function remindRoundAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('remindRoundAction', (actor) => {
    const { projectIds, reminded } = remindRound(getDb(), actor, Number(formText(formData, 'roundId')));
    revalidatePath('/todos');
    return projectIds.length === 0 ? '没有需要催报的项目' : `已催报 ${projectIds.length} 个项目的 ${reminded} 位负责人`;
  });
}

/** The 待办 page, once opened, marks the reader's reminders read (the page then refreshes the bell). */
export async function markRemindersReadAction(): Promise<string> {
  return withActor('markRemindersReadAction', (actor) => `已读 ${readReminders(getDb(), actor)} 条催报`);
}
