import { and, asc, count, eq, inArray, isNull, like, or } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { attachments, indicators, users, type Attachment } from '../schema';

export type AttachmentWithUploader = Attachment & { projectId: number; displayName: string };

const withUploader = { attachment: attachments, projectId: indicators.projectId, displayName: users.displayName };

/** One attachment with the project it belongs to (through its indicator) and who uploaded it. */
export function findAttachment(db: DbOrTx, id: number): AttachmentWithUploader | undefined {
  const row = db
    .select(withUploader)
    .from(attachments)
    .innerJoin(indicators, eq(attachments.indicatorId, indicators.id))
    .innerJoin(users, eq(attachments.userId, users.id))
    .where(eq(attachments.id, id))
    .get();
  return row && { ...row.attachment, projectId: row.projectId, displayName: row.displayName };
}

/** Every attachment of a project's indicators, entries' and 自评 lines', oldest first. */
export function listAttachmentsOfProject(db: DbOrTx, projectId: number): AttachmentWithUploader[] {
  return db
    .select(withUploader)
    .from(attachments)
    .innerJoin(indicators, eq(attachments.indicatorId, indicators.id))
    .innerJoin(users, eq(attachments.userId, users.id))
    .where(eq(indicators.projectId, projectId))
    .orderBy(asc(attachments.id))
    .all()
    .map((r) => ({ ...r.attachment, projectId: r.projectId, displayName: r.displayName }));
}

export function insertAttachment(tx: DbOrTx, values: typeof attachments.$inferInsert): Attachment {
  return tx.insert(attachments).values(values).returning().get();
}

export function deleteAttachment(tx: DbOrTx, id: number): void {
  tx.delete(attachments).where(eq(attachments.id, id)).run();
}

/** How many rows name the file with this hash: none means its bytes may go. */
export function countAttachmentsWithHash(db: DbOrTx, sha256: string): number {
  return db.select({ n: count() }).from(attachments).where(eq(attachments.sha256, sha256)).get()?.n ?? 0;
}

/** The distinct hashes of all attachments: the files a backup must hold. */
export function listAttachmentHashes(db: DbOrTx): string[] {
  return db.selectDistinct({ sha256: attachments.sha256 }).from(attachments).orderBy(asc(attachments.sha256)).all().map((r) => r.sha256);
}

/**
 * The evidence of each indicator's 自评 line, by indicator, for the given projects: its own attachments (period null)
 * and those of its entries in the budget year `year`.
 */
export function countEvidenceByIndicator(db: DbOrTx, projectIds: number[], year: number): Map<number, number> {
  if (projectIds.length === 0) return new Map();
  const rows = db
    .select({ indicatorId: attachments.indicatorId, n: count() })
    .from(attachments)
    .innerJoin(indicators, eq(attachments.indicatorId, indicators.id))
    .where(and(inArray(indicators.projectId, projectIds), or(isNull(attachments.period), like(attachments.period, `${year}-%`))))
    .groupBy(attachments.indicatorId)
    .all();
  return new Map(rows.map((r) => [r.indicatorId, r.n]));
}
