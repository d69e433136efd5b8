import type { Db } from '@/db';
import { findAttachment, listAttachmentsOfProject, type AttachmentWithUploader } from '@/db/queries/attachments';
import type { AttachmentView } from '@/lib/attachments/types';
import type { Actor } from '../auth/actor';
import { requireReadableProject } from '../auth/access';
import { NotFoundError } from '../errors';
import { attachmentsDir, readBlob } from './blob-store';

/** One attachment's file, for anyone who may read its project. */
export function readAttachmentFile(db: Db, actor: Actor, id: number): { attachment: AttachmentWithUploader; bytes: Buffer } {
  const attachment = findAttachment(db, id);
  if (!attachment) throw new NotFoundError('佐证材料不存在');
  requireReadableProject(db, actor, attachment.projectId);
  const bytes = readBlob(attachmentsDir(db), attachment.sha256);
  if (!bytes) throw new NotFoundError('佐证材料的文件已丢失，请联系系统管理员从备份恢复');
  return { attachment, bytes };
}

export interface ProjectAttachments {
  attachments: AttachmentView[];
}

/** The 佐证材料 of a project's entries and 自评 lines, for its pages. */
export function listProjectAttachments(db: Db, actor: Actor, projectId: number): ProjectAttachments {
  requireReadableProject(db, actor, projectId);
  const attachments = listAttachmentsOfProject(db, projectId).map((a) => ({
    id: a.id,
    indicatorId: a.indicatorId,
    period: a.period,
    name: a.name,
    size: a.size,
    type: a.type,
    uploader: a.displayName,
    createdAt: a.createdAt,
  }));
  return { attachments };
}
