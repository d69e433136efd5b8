import type { Db } from '@/db';
import { countAuditRecords, listAuditFacets, listAuditRecords, type AuditFilter } from '@/db/queries/audit-log';
import { describeAuditSubjects, type AuditSubject } from '@/db/queries/audit-subjects';
import type { AuditRecord } from '@/db/schema';
import { AUDIT_PAGE_SIZE, auditTimeRange, type AuditParams } from '@/lib/audit/params';
import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../errors';

/** The 审计员 reads the audit log, and so does the 系统管理员; nobody can change it (triggers refuse UPDATE and DELETE). */
export function assertAuditReader(actor: Actor): void {
  if (actor.role !== 'auditor' && actor.role !== 'admin') throw new ForbiddenError('只有审计员和系统管理员可以查看审计日志');
}

export function auditFilterOf(params: AuditParams): AuditFilter {
  return { username: params.user, action: params.action, entity: params.entity, project: params.project, ...auditTimeRange(params) };
}

export interface AuditPage {
  records: AuditRecord[];
  total: number;
  page: number;
  pageCount: number;
  facets: ReturnType<typeof listAuditFacets>;
  /** What each record is about, in words, keyed `entity:id`. */
  subjects: Map<string, AuditSubject>;
}

/** One page of the filtered log, newest first, with the values the filters offer. */
export function readAuditLog(db: Db, actor: Actor, params: AuditParams): AuditPage {
  assertAuditReader(actor);
  const filter = auditFilterOf(params);
  const total = countAuditRecords(db, filter);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(params.page, pageCount);
  const records = listAuditRecords(db, filter, { limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE });
  return { records, total, page, pageCount, facets: listAuditFacets(db), subjects: describeAuditSubjects(db, records) };
}
