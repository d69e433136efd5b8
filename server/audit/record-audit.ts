import type { Db } from '@/db';
import { auditLog } from '@/db/schema';

export interface AuditEvent {
  actor: { id: number; username: string } | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Appends one record to the audit log; call inside the mutation's transaction. */
export function recordAudit(db: Pick<Db, 'insert'>, event: AuditEvent): void {
  db.insert(auditLog)
    .values({
      at: new Date().toISOString(),
      userId: event.actor?.id ?? null,
      username: event.actor?.username ?? null,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId == null ? null : String(event.entityId),
      before: event.before ?? null,
      after: event.after ?? null,
    })
    .run();
}
