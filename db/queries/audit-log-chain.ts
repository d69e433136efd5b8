import { sql } from 'drizzle-orm';
import type { ChainedColumns, ChainedRow } from '@/lib/audit/chain';
import type { Db, DbOrTx } from '../client';

/**
 * Appends a row, `content` being its canonical text (lib/audit/chain.ts), in one statement: the previous row's hash is read and the new hash computed (by the `jx_sha256`
 * function openDb registers) inside the INSERT, which holds SQLite's write lock from its start, so two processes
 * appending at once still form one chain.
 */
export function appendAuditRow(db: DbOrTx, row: ChainedColumns, content: string): void {
  db.run(sql`
    insert into audit_log (at, user_id, username, action, entity, entity_id, before, after, channel, token_name, ip, prev_hash, hash)
    select ${row.at}, ${row.userId}, ${row.username}, ${row.action}, ${row.entity}, ${row.entityId}, ${row.before}, ${row.after},
      ${row.channel}, ${row.tokenName}, ${row.ip}, last.hash, jx_sha256(coalesce(last.hash, '') || char(10) || ${content})
    from (select (select hash from audit_log order by id desc limit 1) as hash) as last`);
}

/** Every row in id order as stored (before/after as their JSON text), read one at a time. */
export function iterateAuditRows(db: Db): IterableIterator<ChainedRow> {
  return db.$client
    .prepare(
      `select id, at, user_id as userId, username, action, entity, entity_id as entityId, before, after, channel,
        token_name as tokenName, ip, prev_hash as prevHash, hash from audit_log order by id`,
    )
    .iterate() as IterableIterator<ChainedRow>;
}

/** The highest id SQLite ever gave an audit row (rows deleted from the end leave it behind), and the highest present. */
export function auditIdHighWater(db: Db): { issued: number; present: number } {
  const issued = db.$client.prepare(`select seq from sqlite_sequence where name = 'audit_log'`).pluck().get() as number | undefined;
  const present = db.$client.prepare('select max(id) from audit_log').pluck().get() as number | null;
  return { issued: issued ?? 0, present: present ?? 0 };
}
