'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { formatPeriod } from '@/lib/format/number';
import { saveEntry } from '@/server/entries/save-entry';
import { saveExecution } from '@/server/executions/save-execution';
import { setKeyMonitored } from '@/server/projects/set-key-monitored';
import { proposeTargetChange } from '@/server/target-changes/propose-target-change';
import { setTarget } from '@/server/target-changes/set-target';
import type { FormState } from '../../form-state';
import { formText as text } from '../../form-text';
import { runForm } from '../../run-form';
import { withActor } from '../../with-actor';

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

/** The target-change form as typed: an empty choice is none (null); the use case reads the value as typed. */
function targetChangeFields(formData: FormData) {
  const orNull = (name: string) => text(formData, name) || null;
  return {
    kind: text(formData, 'kind'),
    comparator: orNull('comparator'),
    value: text(formData, 'value'),
    unit: orNull('unit'),
    direction: orNull('direction'),
    mode: text(formData, 'mode'),
    plannedPeriod: orNull('plannedPeriod'),
    reason: text(formData, 'reason'),
  };
}

/** 申请调整目标: the owner's proposal; the approved target keeps counting until it is decided. */
export async function proposeTargetChangeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('proposeTargetChangeAction', (actor) => {
    proposeTargetChange(getDb(), actor, Number(text(formData, 'indicatorId')), targetChangeFields(formData), { numbers: 'typed' });
    revalidatePath('/', 'layout');
    return '已提交目标调整申请，审批通过前仍按现行目标计算';
  });
}

/** 直接设定目标: the administrator's change, recorded as made and approved by the administrator. */
export async function setTargetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm('setTargetAction', (actor) => {
    setTarget(getDb(), actor, Number(text(formData, 'indicatorId')), targetChangeFields(formData), { numbers: 'typed' });
    revalidatePath('/', 'layout');
    return '已设定目标，灯号按新目标计算';
  });
}

/** The 重点监控 switch (admin only, checked inside setKeyMonitored). */
export async function setKeyMonitoredAction(formData: FormData): Promise<void> {
  await withActor('setKeyMonitoredAction', (actor) => {
    setKeyMonitored(getDb(), actor, Number(text(formData, 'projectId')), text(formData, 'keyMonitored') === 'true');
  });
  revalidatePath('/', 'layout');
}
