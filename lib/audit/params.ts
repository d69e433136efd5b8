/** The 审计日志 filters and page as they live in the URL; parsed the same on server and client. */
import { beijingDayStart } from '../calendar/shanghai';
import { firstParam as first, pageParam, type SearchParams } from '../url/search-params';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditParams {
  user: string;
  action: string;
  entity: string;
  /** Part of a project's name: records about that project or its indicators. */
  project: string;
  /** Beijing-time days, YYYY-MM-DD, both included; '' when open. */
  from: string;
  to: string;
  page: number;
}

/** A real calendar day in YYYY-MM-DD form, or ''. */
function day(text: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return '';
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? text : '';
}

export function parseAuditParams(raw: SearchParams): AuditParams {
  return {
    user: first(raw, 'user').slice(0, 64),
    action: first(raw, 'action').slice(0, 64),
    entity: first(raw, 'entity').slice(0, 64),
    project: first(raw, 'project').slice(0, 100),
    from: day(first(raw, 'from')),
    to: day(first(raw, 'to')),
    page: pageParam(raw),
  };
}

/** Query-string entries for the filters that are set (and the page when it is not the first). */
export function auditParamsToQuery(params: AuditParams, { withPage = true } = {}): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of ['user', 'action', 'entity', 'project', 'from', 'to'] as const) if (params[key]) query[key] = params[key];
  if (withPage && params.page !== 1) query.page = String(params.page);
  return query;
}

const DAY_MS = 24 * 3600_000;

/** The filter's Beijing days as UTC ISO bounds: `since` included, `until` (the start of the day after `to`) excluded. */
export function auditTimeRange(params: Pick<AuditParams, 'from' | 'to'>): { since: string | null; until: string | null } {
  const since = params.from ? beijingDayStart(params.from).toISOString() : null;
  const until = params.to ? new Date(beijingDayStart(params.to).getTime() + DAY_MS).toISOString() : null;
  return { since, until };
}
