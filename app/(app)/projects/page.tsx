import { getDb } from '@/db';
import { ProjectListExportLinks } from '@/components/exports/export-links';
import { ScopeSelector } from '@/components/scope/scope-selector';
import { filterRows, pageRows, sortRows } from '@/lib/project-list/filter-rows';
import { parseListParams } from '@/lib/project-list/params';
import { requireMonitoringActor } from '../page-actor';
import { listProjectRows } from '@/server/projects/list-project-rows';
import type { SearchParams } from '@/lib/url/search-params';
import { resolveScope } from '@/server/scope/resolve-scope';
import { NoData } from '../no-data';
import { ProjectFilters } from './project-filters';
import { ProjectsTable } from './projects-table';
import { OpenRoundBanner } from '../open-round-banner';


export default async function ProjectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = await searchParams;
  const actor = await requireMonitoringActor();
  const db = getDb();
  const scope = resolveScope(db, actor, raw);
  if (!scope) return <NoData />;
  const params = parseListParams(raw);
  const all = listProjectRows(db, actor, scope);
  const filtered = sortRows(filterRows(all, params), params);
  const page = pageRows(filtered, params.page, params.size);
  const owners = [...new Map(all.flatMap((r) => r.owners).map((o) => [o.username, o])).values()];

  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">项目</h1>
          <p className="text-sm text-slate-500">
            {scope.budgetYear.departmentName} · {scope.budgetYear.year}年度 · 共 {all.length} 个项目
          </p>
        </div>
        <ScopeSelector
          options={scope.options}
          departmentId={scope.budgetYear.departmentId}
          year={scope.budgetYear.year}
          asOf={scope.asOf}
        />
      </header>
      <OpenRoundBanner budgetYearId={scope.budgetYear.id} />
      <ProjectFilters params={params} owners={owners} />
      <ProjectListExportLinks departmentId={scope.budgetYear.departmentId} year={scope.budgetYear.year} asOf={scope.asOf} params={params} />
      <ProjectsTable rows={page.rows} params={params} total={filtered.length} page={page.page} pageCount={page.pageCount} />
    </div>
  );
}
