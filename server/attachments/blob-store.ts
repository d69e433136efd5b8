/**
 * The bytes of 佐证材料, in the data folder beside the database: `<data>/attachments/ab/abcdef…`, named by their
 * SHA-256, so a file attached twice is stored once. Written atomically (a private temporary file, flushed, then
 * renamed), readable by the app's account only and never executable.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '@/db';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '@/db/client';
import { countAttachmentsWithHash } from '@/db/queries/attachments';

const HASH = /^[0-9a-f]{64}$/;

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The attachments folder of the database file `databaseFile`. */
export function attachmentsDirOf(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'attachments');
}

/** The attachments folder of the open database. */
export function attachmentsDir(db: Db): string {
  return attachmentsDirOf(db.$client.name);
}

export function blobPath(dir: string, sha256: string): string {
  if (!HASH.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
  return path.join(dir, sha256.slice(0, 2), sha256);
}

/** Stores the bytes under their hash unless a file of that hash is there already. */
export function writeBlob(dir: string, sha256: string, bytes: Uint8Array): void {
  const target = blobPath(dir, sha256);
  if (fs.existsSync(target)) return;
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: PRIVATE_DIR_MODE });
  const temp = path.join(path.dirname(target), `.${sha256}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(temp, 'wx', PRIVATE_FILE_MODE);
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** The stored bytes, or null when the file is missing. */
export function readBlob(dir: string, sha256: string): Buffer | null {
  try {
    return fs.readFileSync(blobPath(dir, sha256));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Deletes the file of `sha256` once no attachment row names it any more. */
export function removeBlobUnlessReferenced(db: Db, sha256: string): void {
  if (countAttachmentsWithHash(db, sha256) > 0) return;
  fs.rmSync(blobPath(attachmentsDir(db), sha256), { force: true });
}
