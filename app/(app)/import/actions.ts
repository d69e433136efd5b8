'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { AppError } from '@/server/errors';
import { confirmImport, type ConfirmImportResult } from '@/server/import/confirm-import';
import { assertCanImport, previewUpload, type UploadPreview } from '@/server/import/preview-upload';
import { withActor } from '../with-actor';

export type PreviewActionResult = UploadPreview | { error: string };
export type ConfirmActionResult = ConfirmImportResult | { status: 'error'; message: string };

/** Session → admin → read the uploaded file or pasted text into a preview; nothing is saved. */
export async function previewImportAction(formData: FormData): Promise<PreviewActionResult> {
  try {
    return await withActor('previewImportAction', (actor) => {
      assertCanImport(actor);
      const file = formData.get('file');
      const text = formData.get('text');
      return previewUpload(actor, { file: file instanceof Blob ? file : null, text: typeof text === 'string' ? text : '' });
    });
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
}

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
