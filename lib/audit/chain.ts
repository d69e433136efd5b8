/**
 * The audit log's hash chain. Each row stores `hash = sha256(prev_hash + "\n" + content)`, where `content` is the
 * canonical text of the row's stored columns and `prev_hash` the hash of the row before it (empty for the first).
 * Editing a row changes its content; deleting one breaks the next row's link.
 */

/** The stored columns a row's hash covers, as they are stored (before/after as their JSON text). */
export interface ChainedColumns {
  at: string;
  userId: number | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  channel: string | null;
  tokenName: string | null;
  ip: string | null;
}

export function canonicalContent(row: ChainedColumns): string {
  return JSON.stringify([
    row.at, row.userId, row.username, row.action, row.entity, row.entityId, row.before, row.after, row.channel, row.tokenName, row.ip,
  ]);
}

/** What the hash function is applied to. */
export function chainInput(prevHash: string | null, content: string): string {
  return `${prevHash ?? ''}\n${content}`;
}

export type ChainBreak = { id: number; reason: string };

export interface ChainedRow extends ChainedColumns {
  id: number;
  prevHash: string | null;
  hash: string | null;
}

/**
 * Walks rows in id order and returns the first that does not match, or null. `hash` is the hash function (SHA-256
 * hex). Rows before the first chained one (written before the chain existed) are skipped; the first chained row links to
 * nothing, so deleting the start of the chain shows too; a later unchained row breaks it.
 */
export function findChainBreak(rows: Iterable<ChainedRow>, hash: (text: string) => string): ChainBreak | null {
  let previous: string | null = null;
  let chained = false;
  for (const row of rows) {
    if (row.hash === null && !chained) continue;
    if (row.hash === null) return { id: row.id, reason: '缺少校验值（该行在记录后被改动）' };
    if (row.prevHash !== previous) return { id: row.id, reason: '与上一行的链接不符（上一行被删除或改动）' };
    if (hash(chainInput(row.prevHash, canonicalContent(row))) !== row.hash) return { id: row.id, reason: '内容与校验值不符（该行在记录后被改动）' };
    previous = row.hash;
    chained = true;
  }
  return null;
}
