import type { Db } from '@/db';
import { deleteAttachment, findAttachment } from '@/db/queries/attachments';
import { findSelfEvaluation } from '@/db/queries/self-evaluations';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../errors';
import { assertPeriodOpen } from '../rounds/locked-period';
import { refuseUnlessEditable } from '../self-evaluation/self-evaluation-rights';
import { removeBlobUnlessReferenced } from './blob-store';
import { requireAttachmentOwner } from './attachment-rights';

/**
 * Removes one attachment: the project's owner, while the entry's month is open (or the 自评 editable); the removal is
 * audited with the file's name, size and hash, and the file goes once no other attachment names it.
 */
export function removeAttachment(db: Db, actor: Actor, id: number): void {
  const attachment = findAttachment(db, id);
  if (!attachment) throw new NotFoundError('佐证材料不存在');
  const project = requireAttachmentOwner(db, actor, attachment.projectId);
  if (attachment.period) assertPeriodOpen(db, project.id, attachment.period, '佐证材料');
  else refuseUnlessEditable(findSelfEvaluation(db, project.id) ?? null);
  const { indicatorId, period, name, size, type, sha256 } = attachment;
  db.transaction((tx) => {
    deleteAttachment(tx, id);
    recordAudit(tx, { actor, action: 'attachment.remove', entity: 'indicator', entityId: indicatorId, before: { id, indicatorId, period, name, size, type, sha256 } });
  });
  removeBlobUnlessReferenced(db, sha256);
}
