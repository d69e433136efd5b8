import Link from 'next/link';
import { getDb } from '@/db';
import { LightBadge } from '@/components/monitoring/light-badge';
import { formatPercent, formatPeriod } from '@/lib/format/number';
import { DEPARTMENT_SORT_LABELS, parseDepartmentSort, sortDepartments, type DepartmentSort } from '@/lib/department-list/sort-rows';
import { LIGHT_LABELS, LIGHTS } from '@/lib/monitoring/types';
import { firstParam, type SearchParams } from '@/lib/url/search-params';
import { canReadAllDepartments, getDepartmentsOverview } from '@/server/overview/get-departments-overview';
import { deniedPage } from '../access-denied';
import { NoData } from '../no-data';
import { requirePageActor } from '../page-actor';

/** 各部门总览: every department of a budget year on one screen, for the administrator and the 财政 reviewer (the finance bureau's view). */
export default async function DepartmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor();
  if (!canReadAllDepartments(actor)) return deniedPage(actor, '/departments', '只有系统管理员和财政复核员可以查看各部门总览。');
  const raw = await searchParams;
  const overview = getDepartmentsOverview(getDb(), actor, raw);
  if (!overview) return <NoData />;
  const { sort, dir } = parseDepartmentSort(firstParam(raw, 'sort'), firstParam(raw, 'dir'));
  const rows = sortDepartments(overview.rows, sort, dir);
  const query = (extra: Record<string, string>) => `/departments?${new URLSearchParams({ year: String(overview.year), asOf: overview.asOf, sort, dir, ...extra })}`;
  const header = (key: DepartmentSort) => (
    <Link href={query({ sort: key, dir: sort === key && dir === 'desc' ? 'asc' : 'desc' })} className="hover:underline" aria-sort={sort === key ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      {DEPARTMENT_SORT_LABELS[key]}
      {sort === key ? (dir === 'asc' ? ' ↑' : ' ↓') : ''}
    </Link>
  );
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">各部门总览</h1>
          <p className="text-sm text-slate-500">
            {overview.year}年度 · 截至{formatPeriod(overview.asOf)} · 序时进度 {formatPercent(overview.timeElapsed)} · 共 {rows.length} 个部门
          </p>
        </div>
        <nav aria-label="预算年度" className="flex gap-2 text-sm">
          {overview.years.map((y) => (
            <Link key={y} href={`/departments?year=${y}`} className={y === overview.year ? 'font-semibold' : 'text-blue-800 hover:underline'}>
              {y}年度
            </Link>
          ))}
        </nav>
      </header>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">各部门的项目灯号、本月填报与预算执行</caption>
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th className="px-3 py-2 font-medium">{header('name')}</th>
              <th className="px-2 text-right font-medium">{header('projects')}</th>
              <th className="px-2 text-right font-medium">{header('red')}</th>
              <th className="px-2 text-right font-medium">{header('yellow')}</th>
              <th className="px-2 font-medium">项目灯号</th>
              <th className="px-2 font-medium">指标灯号</th>
              <th className="px-2 text-right font-medium">{header('reported')}</th>
              <th className="px-2 text-right font-medium">{header('execution')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.departmentId} className="border-t border-slate-100">
                <td className="px-3 py-1.5">
                  <Link href={`/?${new URLSearchParams({ dept: String(row.departmentId), year: String(overview.year), asOf: overview.asOf })}`} className="font-medium text-blue-800 hover:underline">
                    {row.departmentName}
                  </Link>
                  <Link href={`/self-evaluations?${new URLSearchParams({ dept: String(row.departmentId), year: String(overview.year) })}`} className="ml-2 text-xs text-slate-500 hover:text-blue-800 hover:underline" aria-label={`${row.departmentName}的自评汇总`}>
                    自评
                  </Link>
                </td>
                <td className="px-2 text-right tabular-nums">{row.projectCount}</td>
                <td className="px-2 text-right tabular-nums">{row.redProjects}</td>
                <td className="px-2 text-right tabular-nums">{row.yellowProjects}</td>
                {[row.projectsByLight, row.indicatorsByLight].map((counts, k) => (
                  <td key={k} className="px-2 text-xs tabular-nums" aria-label={LIGHTS.map((l) => `${LIGHT_LABELS[l]} ${counts[l]}`).join('，')}>
                    {LIGHTS.map((l) => `${counts[l]}`).join(' / ')}
                  </td>
                ))}
                <td className="px-2 text-right tabular-nums">
                  {row.reportedIndicatorCount}/{row.indicatorCount}（{formatPercent(row.reportedRate)}）
                </td>
                <td className="px-2 text-right">
                  <LightBadge light={row.budgetLight} label={`执行率 ${formatPercent(row.executionRate)}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-500">灯号列依次为 {LIGHTS.map((l) => LIGHT_LABELS[l]).join(' / ')} 的个数；点部门名称进入该部门的总览，点「自评」进入该部门的自评汇总。</p>
    </div>
  );
}
