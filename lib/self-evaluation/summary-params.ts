/** The 自评汇总 page's filters and sort, in the URL (pure; the page and its links share it). */
import { GRADES, type Grade } from '../monitoring/scoring';
import { firstParam, oneOf, type SearchParams } from '../url/search-params';
import { SELF_EVALUATION_STATUSES, type SelfEvaluationStatus } from './vocabulary';

export const SUMMARY_SORTS = ['seq', 'total', 'rate', 'warnings'] as const;
export type SummarySort = (typeof SUMMARY_SORTS)[number];
export const SUMMARY_SORT_LABELS: Record<SummarySort, string> = { seq: '序号', total: '总分', rate: '执行率', warnings: '自评预警' };

export interface SummaryParams {
  grade: Grade | null;
  status: SelfEvaluationStatus | null;
  /** Only projects with 自评预警. */
  warned: boolean;
  sort: SummarySort;
  dir: 'asc' | 'desc';
}

export function parseSummaryParams(raw: SearchParams): SummaryParams {
  return {
    grade: oneOf(GRADES, firstParam(raw, 'grade')),
    status: oneOf(SELF_EVALUATION_STATUSES, firstParam(raw, 'status')),
    warned: firstParam(raw, 'warned') === '1',
    sort: oneOf(SUMMARY_SORTS, firstParam(raw, 'sort')) ?? 'seq',
    dir: firstParam(raw, 'dir') === 'desc' ? 'desc' : 'asc',
  };
}

export interface SummaryRowLike {
  seq: number;
  total: number;
  grade: Grade;
  status: SelfEvaluationStatus;
  executionRate: number | null;
  warnings: readonly unknown[];
}

const KEYS: Record<SummarySort, (row: SummaryRowLike) => number> = {
  seq: (r) => r.seq,
  total: (r) => r.total,
  rate: (r) => r.executionRate ?? -1,
  warnings: (r) => r.warnings.length,
};

/** The rows the filters keep, sorted (ties by 序号). */
export function selectSummaryRows<R extends SummaryRowLike>(rows: readonly R[], params: SummaryParams): R[] {
  const sign = params.dir === 'desc' ? -1 : 1;
  const key = KEYS[params.sort];
  return rows
    .filter((r) => (params.grade === null || r.grade === params.grade) && (params.status === null || r.status === params.status) && (!params.warned || r.warnings.length > 0))
    .sort((a, b) => sign * (key(a) - key(b)) || a.seq - b.seq);
}

/** The query string of these params with `change` applied (defaults left out). */
export function summaryQuery(base: Record<string, string>, params: SummaryParams, change: Partial<SummaryParams> = {}): string {
  const p = { ...params, ...change };
  const query: Record<string, string> = { ...base };
  if (p.grade) query.grade = p.grade;
  if (p.status) query.status = p.status;
  if (p.warned) query.warned = '1';
  if (p.sort !== 'seq') query.sort = p.sort;
  if (p.dir !== 'asc') query.dir = p.dir;
  return new URLSearchParams(query).toString();
}
