import { sha256, type Db } from '@/db/client';
import { auditIdHighWater, iterateAuditRows } from '@/db/queries/audit-log-chain';
import { findChainBreak, type ChainBreak } from '@/lib/audit/chain';

export interface AuditVerification {
  ok: boolean;
  rows: number;
  /** The first row that does not match, or (id = the missing ids' first) rows deleted from the end. */
  broken: ChainBreak | null;
  /** The newest row's hash: kept outside the database, it also proves that no rows were added and re-chained. */
  head: string | null;
}

/** Recomputes the audit log's hash chain from the first row to the last. */
export function verifyAuditLog(db: Db): AuditVerification {
  let rows = 0;
  let head: string | null = null;
  function* counted() {
    for (const row of iterateAuditRows(db)) {
      rows += 1;
      head = row.hash;
      yield row;
    }
  }
  let broken = findChainBreak(counted(), sha256);
  if (!broken) {
    const { issued, present } = auditIdHighWater(db);
    if (issued > present) broken = { id: present + 1, reason: `第 ${present + 1}–${issued} 条记录已被删除（日志末尾缺失）` };
  }
  return { ok: broken === null, rows, broken, head };
}
