/** Filtering, sorting and paging of project rows by the URL's list params (pure). */
import type { Light } from '../monitoring/types';
import type { ProjectListParams, SortKey } from './params';

export interface ProjectRow {
  id: number;
  seq: number;
  name: string;
  total: number | null;
  owners: { username: string; displayName: string }[];
  indicatorCount: number;
  onTrackCount: number;
  /** Indicators reported for the as-of month (DOMAIN.md §5). */
  reportedCount: number;
  light: Light;
  budgetLight: Light;
  executionRate: number | null;
  /** One tag per indicator: its 一级指标, light and whether it is reported for the month, for the filters. */
  indicatorTags: { category: string | null; light: Light; reported: boolean }[];
  keyMonitored: boolean;
}

const LIGHT_SEVERITY: Record<Light, number> = { red: 4, yellow: 3, blue: 2, green: 1, gray: 0 };

const SORT_VALUE: Record<SortKey, (row: ProjectRow) => number | string> = {
  seq: (r) => r.seq,
  name: (r) => r.name,
  total: (r) => r.total ?? -1,
  owner: (r) => r.owners.map((o) => o.displayName).join('、'),
  indicators: (r) => r.indicatorCount,
  onTrack: (r) => (r.indicatorCount ? r.onTrackCount / r.indicatorCount : -1),
  light: (r) => LIGHT_SEVERITY[r.light],
  executionRate: (r) => r.executionRate ?? -1,
};

export function filterRows(rows: ProjectRow[], params: ProjectListParams): ProjectRow[] {
  const q = params.q.toLowerCase();
  return rows.filter(
    (r) =>
      (!q || r.name.toLowerCase().includes(q)) &&
      (!params.owner || r.owners.some((o) => o.username === params.owner)) &&
      (!params.light || r.light === params.light) &&
      (!(params.category || params.indicatorLight || params.unreported) ||
        r.indicatorTags.some(
          (t) =>
            (!params.category || t.category === params.category) &&
            (!params.indicatorLight || t.light === params.indicatorLight) &&
            (!params.unreported || !t.reported),
        )) &&
      (!params.keyOnly || r.keyMonitored),
  );
}

export function sortRows(rows: ProjectRow[], params: ProjectListParams): ProjectRow[] {
  const value = SORT_VALUE[params.sort];
  const sign = params.desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'string' ? x.localeCompare(String(y), 'zh-CN') : x - (y as number);
    return sign * order || a.seq - b.seq;
  });
}

export function pageRows<T>(rows: T[], page: number, size: number): { rows: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(page, pageCount);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pageCount };
}
