'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { formatPeriod } from '@/lib/format/number';
import { saveEntry } from '@/server/entries/save-entry';
import { saveExecution } from '@/server/executions/save-execution';
import { updateTarget } from '@/server/indicators/update-target';
import { setKeyMonitored } from '@/server/projects/set-key-monitored';
import type { FormState } from '../../form-state';
import { runForm } from '../../run-form';
import { withActor } from '../../with-actor';

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

/** The id of the row the form was showing for the month: '' means it showed none. */
const expectedId = (formData: FormData, name: string) => (text(formData, name) === '' ? null : Number(text(formData, name)));

/**
 * Every action: session → use case, which checks the right to the project before it reads any field (numbers are
 * passed as typed) → revalidate.
 */
export async function saveEntryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('saveEntryAction', (actor) => {
    const entry = saveEntry(
      getDb(),
      actor,
      Number(text(formData, 'indicatorId')),
      text(formData, 'period'),
      {
        value: formData.has('value') ? text(formData, 'value') : null,
        status: text(formData, 'status') || null,
        unit: text(formData, 'unit') || null,
        forecast: text(formData, 'forecast'),
        reasons: formData.getAll('reasons').map(String),
        explanation: text(formData, 'explanation'),
        possibility: text(formData, 'possibility') || null,
        note: text(formData, 'note'),
        confirm: text(formData, 'confirm') === 'true',
      },
      { expectedEntryId: expectedId(formData, 'expectedEntryId'), numbers: 'typed' },
    );
    revalidatePath('/', 'layout');
    return `已保存${formatPeriod(entry.period)}的填报`;
  });
}

export async function saveExecutionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('saveExecutionAction', (actor) => {
    const saved = saveExecution(
      getDb(),
      actor,
      Number(text(formData, 'projectId')),
      text(formData, 'period'),
      { amount: text(formData, 'amount'), confirm: text(formData, 'confirm') === 'true' },
      { expectedExecutionId: expectedId(formData, 'expectedExecutionId'), numbers: 'typed' },
    );
    revalidatePath('/', 'layout');
    return `已保存${formatPeriod(saved.period)}的累计执行数`;
  });
}

export async function updateTargetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('updateTargetAction', (actor) => {
    const orNull = (name: string) => text(formData, name) || null;
    updateTarget(getDb(), actor, Number(text(formData, 'indicatorId')), {
      category: orNull('category'),
      kind: text(formData, 'kind'),
      comparator: orNull('comparator'),
      value: text(formData, 'value'),
      unit: orNull('unit'),
      direction: orNull('direction'),
      mode: text(formData, 'mode'),
    }, { numbers: 'typed' });
    revalidatePath('/', 'layout');
    return '已更新目标';
  });
}

/** The 重点监控 switch (admin only, checked inside setKeyMonitored). */
export async function setKeyMonitoredAction(formData: FormData): Promise<void> {
  await withActor('setKeyMonitoredAction', (actor) => {
    setKeyMonitored(getDb(), actor, Number(text(formData, 'projectId')), text(formData, 'keyMonitored') === 'true');
  });
  revalidatePath('/', 'layout');
}
