import type { DbOrTx } from '@/db';
import { appendAuditRow } from '@/db/queries/audit-log-chain';
import { canonicalContent } from '@/lib/audit/chain';

/** How a request reached the app: a browser session, an API token (by its name), the command line, or the app itself. */
export interface RequestOrigin {
  channel: 'session' | 'token' | 'cli' | 'system';
  tokenName?: string | null;
  ip?: string | null;
}

export interface AuditActor {
  id: number;
  username: string;
  origin?: RequestOrigin;
}

export interface AuditEvent {
  actor: AuditActor | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  /** Where an event without an actor came from (a failed sign-in's address, a CLI); an actor's own origin wins. */
  origin?: RequestOrigin;
}

const json = (value: unknown) => (value == null ? null : JSON.stringify(value));

/** Appends one record to the audit log, chained to the one before it; call inside the mutation's transaction. */
export function recordAudit(db: DbOrTx, event: AuditEvent): void {
  const origin = event.actor?.origin ?? event.origin ?? { channel: 'system' };
  const row = {
    at: new Date().toISOString(),
    userId: event.actor?.id ?? null,
    username: event.actor?.username ?? null,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId == null ? null : String(event.entityId),
    before: json(event.before),
    after: json(event.after),
    channel: origin.channel,
    tokenName: origin.tokenName ?? null,
    ip: origin.ip ?? null,
  };
  appendAuditRow(db, row, canonicalContent(row));
}
