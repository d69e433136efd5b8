import Link from 'next/link';
import { SelfEvaluationStatusBadge } from '@/components/self-evaluation/status-badge';
import { formatPercent } from '@/lib/format/number';
import { formatScore } from '@/lib/format/score';
import { SUMMARY_SORT_LABELS, summaryQuery, type SummaryParams, type SummarySort } from '@/lib/self-evaluation/summary-params';
import { SELF_EVALUATION_WARNING_LABELS } from '@/lib/self-evaluation/vocabulary';
import type { SummaryRow } from '@/server/self-evaluation/department-summary';

function SortHeader({ sort, params, base, className = '' }: { sort: SummarySort; params: SummaryParams; base: Record<string, string>; className?: string }) {
  const active = params.sort === sort;
  const dir = active && params.dir === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" className={`px-2 py-2 ${className}`} aria-sort={active ? (params.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <Link href={`?${summaryQuery(base, params, { sort, dir })}`} className="text-blue-800 hover:underline">
        {SUMMARY_SORT_LABELS[sort]}
        {active ? (params.dir === 'asc' ? ' ↑' : ' ↓') : ''}
      </Link>
    </th>
  );
}

const warnings = (row: SummaryRow) => row.warnings.map((w) => SELF_EVALUATION_WARNING_LABELS[w.code]).join('；');

/** The projects' 自评, a row each (on a phone: 项目 with its warnings, 总分 with its 等级, 执行率, 状态), with a link to the project's 自评 page. */
export function SummaryTable({ rows, params, base }: { rows: SummaryRow[]; params: SummaryParams; base: Record<string, string> }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">没有符合条件的项目。</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm sm:min-w-[40rem]">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <SortHeader sort="seq" params={params} base={base} className="hidden w-12 sm:table-cell" />
            <th scope="col" className="px-2 py-2">项目</th>
            <SortHeader sort="total" params={params} base={base} className="text-right" />
            <th scope="col" className="hidden px-2 py-2 sm:table-cell">等级</th>
            <SortHeader sort="rate" params={params} base={base} className="text-right" />
            <th scope="col" className="px-2 py-2">状态</th>
            <SortHeader sort="warnings" params={params} base={base} className="hidden sm:table-cell" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.projectId} className="border-t border-slate-100 align-top">
              <td className="hidden px-2 py-2 tabular-nums text-slate-500 sm:table-cell">{row.seq}</td>
              <td className="px-2 py-2">
                <Link href={`/projects/${row.projectId}/self-evaluation`} className="text-blue-800 hover:underline">
                  {row.name}
                </Link>
                <p className="text-xs text-slate-500">{row.owners || '未指定负责人'}</p>
                {warnings(row) && <p className="mt-1 text-xs text-amber-900 sm:hidden">预警：{warnings(row)}</p>}
              </td>
              <td className="px-2 py-2 text-right font-medium tabular-nums">
                {formatScore(row.total)}
                <span className="block font-normal sm:hidden">{row.grade}</span>
              </td>
              <td className="hidden px-2 py-2 sm:table-cell">{row.grade}</td>
              <td className="px-2 py-2 text-right tabular-nums">{formatPercent(row.executionRate)}</td>
              <td className="px-2 py-2">
                <SelfEvaluationStatusBadge status={row.status} />
              </td>
              <td className="hidden px-2 py-2 text-xs text-amber-900 sm:table-cell">{warnings(row) || <span className="text-slate-400">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
