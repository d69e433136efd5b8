import { getDb } from '@/db';
import { DepartmentExportLink } from '@/components/exports/export-links';
import { LightLegend } from '@/components/monitoring/light-legend';
import { PrintStamp } from '@/components/scope/print-stamp';
import { ScopeSelector } from '@/components/scope/scope-selector';
import { Card } from '@/components/ui/card';
import { getOverview } from '@/server/overview/get-overview';
import type { SearchParams } from '@/lib/url/search-params';
import { resolveScope, scopeQuery } from '@/server/scope/resolve-scope';
import { NoData } from './no-data';
import { OpenRoundBanner } from './open-round-banner';
import { AttentionLists } from './overview-parts/attention-lists';
import { AttentionSummary } from './overview-parts/attention-summary';
import { CategoryBreakdown } from './overview-parts/category-breakdown';
import { OverviewCards } from './overview-parts/overview-cards';
import { ExecutionByMonthChart, ProjectsByLightChart } from './overview-parts/overview-charts';
import { requireMonitoringActor } from './page-actor';

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireMonitoringActor();
  const db = getDb();
  const scope = resolveScope(db, actor, await searchParams);
  if (!scope) return <NoData />;
  const overview = getOverview(db, actor, scope);
  const base = scopeQuery(scope);
  const listHref = (extra: Record<string, string> = {}) => `/projects?${new URLSearchParams({ ...base, ...extra })}`;

  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">总览</h1>
          <p className="text-sm text-slate-500">
            {scope.budgetYear.departmentName} · {scope.budgetYear.year}年度
          </p>
          <PrintStamp asOf={scope.asOf} />
        </div>
        <div className="flex flex-col items-end gap-2">
          <ScopeSelector options={scope.options} departmentId={scope.budgetYear.departmentId} year={scope.budgetYear.year} asOf={scope.asOf} />
          <DepartmentExportLink departmentId={scope.budgetYear.departmentId} year={scope.budgetYear.year} asOf={scope.asOf} />
        </div>
      </header>
      <OpenRoundBanner budgetYearId={scope.budgetYear.id} />
      <OverviewCards overview={overview} asOf={scope.asOf} listHref={listHref} />
      <AttentionSummary attention={overview.attention} asOf={scope.asOf} listHref={listHref} />
      <LightLegend lights={overview.thresholds.lightThresholds} budget={overview.thresholds.budgetThresholds} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="项目灯号分布">
          <ProjectsByLightChart counts={overview.projectsByLight} />
        </Card>
        <Card title="预算执行率与序时进度">
          <ExecutionByMonthChart months={overview.executionByMonth} />
        </Card>
      </div>
      <AttentionLists attention={overview.attention} asOf={scope.asOf} listHref={listHref} />
      <Card title="按一级指标">
        <CategoryBreakdown rows={overview.byCategory} listHref={listHref} />
      </Card>
    </div>
  );
}
