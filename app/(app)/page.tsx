import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { LIGHT_LABELS, LightBadge } from '@/components/monitoring/light-badge';
import { ScopeSelector } from '@/components/scope/scope-selector';
import { Card } from '@/components/ui/card';
import { formatPercent, formatWan } from '@/lib/format/number';
import { timeElapsed } from '@/lib/monitoring';
import { LIGHTS } from '@/lib/project-list/params';
import { requirePageActor } from './page-actor';
import { getOverview } from '@/server/overview/get-overview';
import { resolveScope, scopeQuery, type SearchParams } from '@/server/scope/resolve-scope';
import { NoData } from './no-data';

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor();
  if (actor.role === 'auditor') redirect('/audit');
  const db = getDb();
  const scope = resolveScope(db, actor, await searchParams);
  if (!scope) return <NoData />;
  const o = getOverview(db, actor, scope);
  const query = new URLSearchParams(scopeQuery(scope));
  const listHref = (extra: Record<string, string> = {}) => `/projects?${new URLSearchParams({ ...Object.fromEntries(query), ...extra })}`;
  const executionRate = o.budgetTotal > 0 ? o.executedTotal / o.budgetTotal : null;

  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">总览</h1>
          <p className="text-sm text-slate-500">
            {scope.budgetYear.departmentName} · {scope.budgetYear.year}年度
          </p>
        </div>
        <ScopeSelector options={scope.options} departmentId={scope.budgetYear.departmentId} year={scope.budgetYear.year} asOf={scope.asOf} />
      </header>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Card title="项目">
          <Link href={listHref()} className="text-3xl font-semibold text-blue-800 hover:underline" data-testid="overview-projects">
            {o.projectCount}
          </Link>
          <p className="text-sm text-slate-500">个项目</p>
        </Card>
        <Card title="预算总额（万元）">
          <p className="text-3xl font-semibold tabular-nums" data-testid="overview-budget">{formatWan(o.budgetTotal)}</p>
          <p className="text-sm text-slate-500">
            已执行 {formatWan(o.executedTotal)} · 执行率 {formatPercent(executionRate)} · 序时进度 {formatPercent(timeElapsed(scope.asOf))}
          </p>
        </Card>
        <Card title="绩效指标">
          <p className="text-3xl font-semibold" data-testid="overview-indicators">{o.indicatorCount}</p>
          <p className="text-sm text-slate-500">个指标</p>
        </Card>
        <Card title="已填报指标">
          <p className="text-3xl font-semibold" data-testid="overview-reported">{o.reportedIndicatorCount}</p>
          <p className="text-sm text-slate-500">未填报 {o.indicatorCount - o.reportedIndicatorCount} 个</p>
        </Card>
      </div>
      <Card title="项目灯号">
        <ul className="flex flex-wrap gap-4">
          {LIGHTS.map((light) => (
            <li key={light}>
              <Link href={listHref({ light })} className="flex items-center gap-2 hover:underline" aria-label={`${LIGHT_LABELS[light]}项目 ${o.projectsByLight[light]} 个`}>
                <LightBadge light={light} />
                <span className="text-lg font-semibold tabular-nums">{o.projectsByLight[light]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
