/**
 * Attaching 佐证材料: to an indicator's entry for one month, or to its 自评 line. Identity → the project's owner →
 * the file read (bounded by the route) and checked → the period open (or the 自评 editable) → the bytes stored, then
 * the row and its audit record in one transaction. A refusal writes nothing to disk.
 */
import type { Db } from '@/db';
import { insertAttachment } from '@/db/queries/attachments';
import { findCurrentEntry, findIndicator } from '@/db/queries/indicators';
import { findSelfEvaluation } from '@/db/queries/self-evaluations';
import type { Attachment } from '@/db/schema';
import { formatPeriod } from '@/lib/format/number';
import { isValidPeriod, periodYear } from '@/lib/monitoring/period';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { AttachmentRefusedError, NotFoundError, ValidationError } from '../errors';
import { assertPeriodOpen } from '../rounds/locked-period';
import { refuseUnlessEditable } from '../self-evaluation/self-evaluation-rights';
import { attachmentsDir, removeBlobUnlessReferenced, sha256Of, writeBlob } from './blob-store';
import { requireAttachmentOwner } from './attachment-rights';
import { checkUpload, type CheckedUpload, type ReadUpload } from './upload-rules';

/** An entry's attachment; the month must have a current entry and not be locked by an approved round. */
export async function addEntryAttachment(db: Db, actor: Actor, indicatorId: number, period: string, read: ReadUpload): Promise<Attachment> {
  const indicator = findIndicator(db, indicatorId);
  if (!indicator) throw new NotFoundError('指标不存在');
  const project = requireAttachmentOwner(db, actor, indicator.projectId);
  if (!isValidPeriod(period) || periodYear(period) !== project.year) {
    throw new ValidationError(`月份应为 ${project.year} 年内的月份（如 ${project.year}-06）`, { period: ['月份无效'] });
  }
  const file = checkUpload(await read());
  assertPeriodOpen(db, project.id, period, '佐证材料');
  if (!findCurrentEntry(db, indicator.id, period)) {
    throw new AttachmentRefusedError(`${formatPeriod(period)}尚未填报，请先填报该月的完成情况，再上传佐证材料`);
  }
  return storeAttachment(db, actor, indicator.id, period, file);
}

/** A 自评 line's attachment (a 满意度调查, say); the 自评 must be a draft or returned. */
export async function addLineAttachment(db: Db, actor: Actor, projectId: number, indicatorId: number, read: ReadUpload): Promise<Attachment> {
  const project = requireAttachmentOwner(db, actor, projectId);
  const indicator = findIndicator(db, indicatorId);
  if (!indicator || indicator.projectId !== project.id) throw new NotFoundError('指标不存在');
  const file = checkUpload(await read());
  refuseUnlessEditable(findSelfEvaluation(db, project.id) ?? null);
  return storeAttachment(db, actor, indicator.id, null, file);
}

/**
 * The bytes first (idempotent: same hash, same file), then the row. Synchronous from here on, so no removal in this
 * process can take the file away between the two; a failed transaction takes back a file nothing names.
 */
function storeAttachment(db: Db, actor: Actor, indicatorId: number, period: string | null, file: CheckedUpload): Attachment {
  const sha256 = sha256Of(file.bytes);
  writeBlob(attachmentsDir(db), sha256, file.bytes);
  try {
    return db.transaction((tx) => {
      const values = { indicatorId, period, sha256, name: file.name, size: file.bytes.byteLength, type: file.type };
      const row = insertAttachment(tx, { ...values, userId: actor.id, createdAt: new Date().toISOString() });
      recordAudit(tx, { actor, action: 'attachment.add', entity: 'indicator', entityId: indicatorId, after: { id: row.id, ...values } });
      return row;
    });
  } catch (error) {
    removeBlobUnlessReferenced(db, sha256);
    throw error;
  }
}
