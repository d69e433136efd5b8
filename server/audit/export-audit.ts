import type { Db } from '@/db';
import { countAuditRecords, listAuditRecords } from '@/db/queries/audit-log';
import { actionLabel, entityLabel } from '@/lib/audit/labels';
import { auditParamsToQuery, type AuditParams } from '@/lib/audit/params';
import { beijingDay } from '@/lib/calendar/shanghai';
import { formatTimestamp } from '@/lib/format/timestamp';
import type { Actor } from '../auth/actor';
import { ValidationError } from '../errors';
import { toCsv } from '../exports/csv';
import { CSV_TYPE, type ExportFile } from '../exports/export-file';
import { recordAudit } from './record-audit';
import { assertAuditReader, auditFilterOf } from './read-audit';

export const MAX_EXPORT_ROWS = 100_000;

const HEADER = ['时间（北京时间）', '时间（UTC）', '用户', '用户ID', '渠道', '令牌', '地址', '操作', '操作代码', '对象', '对象代码', '对象ID', '变更前', '变更后', '校验值'];

const json = (value: unknown) => (value == null ? null : JSON.stringify(value));

/** The filtered log as CSV (UTF-8 with BOM, formula-safe), oldest first; the export itself is audited. */
export function exportAuditLog(db: Db, actor: Actor, params: AuditParams, now = new Date()): ExportFile {
  assertAuditReader(actor);
  const filter = auditFilterOf(params);
  const total = countAuditRecords(db, filter);
  if (total > MAX_EXPORT_ROWS) throw new ValidationError(`符合条件的记录有 ${total} 条，超过 ${MAX_EXPORT_ROWS} 条，请缩小筛选范围后再导出`);
  const records = listAuditRecords(db, filter, { limit: MAX_EXPORT_ROWS, offset: 0 }).reverse();
  const rows = records.map((r) => [
    formatTimestamp(r.at),
    r.at,
    r.username,
    r.userId,
    r.channel,
    r.tokenName,
    r.ip,
    actionLabel(r.action),
    r.action,
    entityLabel(r.entity),
    r.entity,
    r.entityId,
    json(r.before),
    json(r.after),
    r.hash,
  ]);
  recordAudit(db, { actor, action: 'audit.export', entity: 'audit_log', after: { filters: auditParamsToQuery(params, { withPage: false }), rows: rows.length } });
  const stamp = beijingDay(now);
  return { body: toCsv([HEADER, ...rows]), filename: `审计日志-${stamp}.csv`, fallbackFilename: `audit-log-${stamp}.csv`, contentType: CSV_TYPE };
}
