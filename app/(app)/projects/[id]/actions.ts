'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { requireActor } from '@/server/auth/actor';
import { parseTypedNumber } from '@/server/entries/entry-input';
import { saveEntry } from '@/server/entries/save-entry';
import { saveExecution } from '@/server/executions/save-execution';
import { updateTarget } from '@/server/indicators/update-target';
import { setKeyMonitored } from '@/server/projects/set-key-monitored';
import { AppError } from '@/server/errors';

export interface EntryFormState {
  ok: boolean;
  message: string | null;
  fieldErrors: Record<string, string[]>;
  /** Set when the month already holds an entry the user has not seen: ask before replacing. */
  conflict?: boolean;
  /** Bumped on every save so the form can reset. */
  savedAt?: number;
}

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

/** Session → parse → saveEntry (which checks the right to the project itself) → revalidate. */
export async function saveEntryAction(_prev: EntryFormState, formData: FormData): Promise<EntryFormState> {
  try {
    const actor = await requireActor();
    const expected = text(formData, 'expectedEntryId');
    const entry = saveEntry(
      getDb(),
      actor,
      Number(text(formData, 'indicatorId')),
      text(formData, 'period'),
      {
        value: formData.has('value') ? parseTypedNumber(formData.get('value')) : null,
        status: text(formData, 'status') || null,
        unit: text(formData, 'unit') || null,
        forecast: parseTypedNumber(formData.get('forecast')),
        reasons: formData.getAll('reasons').map(String),
        explanation: text(formData, 'explanation'),
        possibility: text(formData, 'possibility') || null,
        note: text(formData, 'note'),
      },
      { expectedEntryId: expected === '' ? null : Number(expected) },
    );
    revalidatePath('/', 'layout');
    return { ok: true, message: `已保存 ${entry.period} 的填报`, fieldErrors: {}, savedAt: Date.now() };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, message: error.message, fieldErrors: error.fieldErrors, conflict: error.status === 409 };
    }
    throw error;
  }
}

/** Session → saveExecution (which checks the right to the project itself) → revalidate. */
export async function saveExecutionAction(_prev: EntryFormState, formData: FormData): Promise<EntryFormState> {
  try {
    const actor = await requireActor();
    const expected = text(formData, 'expectedExecutionId');
    const saved = saveExecution(
      getDb(),
      actor,
      Number(text(formData, 'projectId')),
      text(formData, 'period'),
      { amount: parseTypedNumber(formData.get('amount')) },
      { expectedExecutionId: expected === '' ? null : Number(expected) },
    );
    revalidatePath('/', 'layout');
    return { ok: true, message: `已保存 ${saved.period} 的累计执行数`, fieldErrors: {}, savedAt: Date.now() };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, message: error.message, fieldErrors: error.fieldErrors, conflict: error.status === 409 };
    }
    throw error;
  }
}

/** Session → updateTarget (which checks the right to the project itself) → revalidate. */
export async function updateTargetAction(_prev: EntryFormState, formData: FormData): Promise<EntryFormState> {
  try {
    const actor = await requireActor();
    const orNull = (name: string) => text(formData, name) || null;
    updateTarget(getDb(), actor, Number(text(formData, 'indicatorId')), {
      category: orNull('category'),
      kind: text(formData, 'kind'),
      comparator: orNull('comparator'),
      value: parseTypedNumber(formData.get('value')),
      unit: orNull('unit'),
      direction: orNull('direction'),
      mode: text(formData, 'mode'),
    });
    revalidatePath('/', 'layout');
    return { ok: true, message: '已更新目标', fieldErrors: {}, savedAt: Date.now() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
}

/** Session → setKeyMonitored (admin only, checked inside) → revalidate. */
export async function setKeyMonitoredAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  setKeyMonitored(getDb(), actor, Number(text(formData, 'projectId')), text(formData, 'keyMonitored') === 'true');
  revalidatePath('/', 'layout');
}
