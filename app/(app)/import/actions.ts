'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { AppError } from '@/server/errors';
import { confirmImport, type ConfirmImportResult } from '@/server/import/confirm-import';
import { assertCanImport } from '@/server/import/preview-upload';
import { withActor } from '../with-actor';

export type ConfirmActionResult = ConfirmImportResult | { status: 'error'; message: string };

/** Session → admin → validate the (possibly edited) preview → import atomically → revalidate. */
export async function confirmImportAction(payload: unknown): Promise<ConfirmActionResult> {
  try {
    const result = await withActor('confirmImportAction', (actor) => {
      assertCanImport(actor);
      return confirmImport(getDb(), actor, payload);
    });
    if (result.status === 'imported') revalidatePath('/', 'layout');
    return result;
  } catch (error) {
    if (error instanceof AppError) return { status: 'error', message: error.message };
    throw error;
  }
}
