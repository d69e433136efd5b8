'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { requireActor, type Actor } from '@/server/auth/actor';
import { AppError } from '@/server/errors';
import { confirmImport, type ConfirmImportResult } from '@/server/import/confirm-import';
import { assertCanImport, previewUpload, type UploadPreview } from '@/server/import/preview-upload';

export type PreviewActionResult = UploadPreview | { error: string };
export type ConfirmActionResult = ConfirmImportResult | { status: 'error'; message: string };

async function requireImporter(): Promise<Actor> {
  const actor = await requireActor();
  assertCanImport(actor);
  return actor;
}

/** Session → admin → read the uploaded file or pasted text into a preview; nothing is saved. */
export async function previewImportAction(formData: FormData): Promise<PreviewActionResult> {
  try {
    const actor = await requireImporter();
    const file = formData.get('file');
    const text = formData.get('text');
    return await previewUpload(actor, { file: file instanceof Blob ? file : null, text: typeof text === 'string' ? text : '' });
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
}

/** Session → admin → validate the (possibly edited) preview → import atomically → revalidate. */
export async function confirmImportAction(payload: unknown): Promise<ConfirmActionResult> {
  try {
    const actor = await requireImporter();
    const result = confirmImport(getDb(), actor, payload);
    if (result.status === 'imported') revalidatePath('/', 'layout');
    return result;
  } catch (error) {
    if (error instanceof AppError) return { status: 'error', message: error.message };
    throw error;
  }
}
