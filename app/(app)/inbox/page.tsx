import Link from 'next/link';
import { getDb } from '@/db';
import { LightBadge } from '@/components/monitoring/light-badge';
import { ScopeSelector } from '@/components/scope/scope-selector';
import { formatPeriod } from '@/lib/format/number';
import { listInbox } from '@/server/inbox/list-inbox';
import type { SearchParams } from '@/lib/url/search-params';
import { resolveScope } from '@/server/scope/resolve-scope';
import { NoData } from '../no-data';
import { requireMonitoringActor } from '../page-actor';

export default async function InboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireMonitoringActor();
  const db = getDb();
  const scope = resolveScope(db, actor, await searchParams);
  if (!scope) return <NoData />;
  const { period, items } = listInbox(db, actor, scope);
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">我的填报</h1>
          <p className="text-sm text-slate-500">
            {scope.budgetYear.departmentName} · {scope.budgetYear.year}年度 · {formatPeriod(period)}的填报
          </p>
        </div>
        <ScopeSelector options={scope.options} departmentId={scope.budgetYear.departmentId} year={scope.budgetYear.year} asOf={scope.asOf} />
      </header>
      {actor.role !== 'owner' ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-600">只有项目负责人有待填报的指标。</p>
      ) : items.length === 0 ? (
        <p className="rounded-lg border border-green-200 bg-green-50 p-6 text-green-900">{formatPeriod(period)}的指标已全部填报。</p>
      ) : (
        <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
          <p className="border-b border-slate-200 px-3 py-2 text-sm text-slate-700" data-testid="inbox-count">
            {formatPeriod(period)}尚有 {items.length} 个指标未填报（红灯、黄灯优先）
          </p>
          <div className="overflow-x-auto">
          <table className="w-full min-w-[44rem] text-sm">
            <thead className="bg-slate-100 text-left text-slate-700">
              <tr>
                <th className="px-3 py-2 font-medium">灯号</th>
                <th className="px-3 py-2 font-medium">项目</th>
                <th className="px-3 py-2 font-medium">指标</th>
                <th className="px-3 py-2 font-medium">年度指标值</th>
                <th className="px-3 py-2 font-medium">最近填报</th>
                <th className="px-3 py-2" />
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.indicatorId} className="border-t border-slate-100">
                  <td className="px-3 py-2"><LightBadge light={item.light} /></td>
                  <td className="px-3 py-2">{item.projectName}</td>
                  <td className="px-3 py-2">{item.indicatorName}</td>
                  <td className="px-3 py-2 text-slate-600">{item.targetText}</td>
                  <td className="whitespace-nowrap px-3 py-2 text-slate-600">{item.latestPeriod ? formatPeriod(item.latestPeriod) : '从未填报'}</td>
                  <td className="px-3 py-2 text-right">
                    <Link
                      href={`/projects/${item.projectId}?asOf=${period}&fill=${item.indicatorId}#indicator-${item.indicatorId}`}
                      className="whitespace-nowrap rounded bg-blue-700 px-2 py-1 text-white hover:bg-blue-800"
                      aria-label={`填报 ${item.indicatorName}`}
                    >
                      去填报
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </div>
      )}
    </div>
  );
}
