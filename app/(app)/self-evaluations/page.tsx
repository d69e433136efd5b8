import { getDb } from '@/db';
import { GRADES } from '@/lib/monitoring/scoring';
import { parseSummaryParams, selectSummaryRows } from '@/lib/self-evaluation/summary-params';
import type { SearchParams } from '@/lib/url/search-params';
import { canReadSummary, getSelfEvaluationSummary } from '@/server/self-evaluation/department-summary';
import { resolveScope } from '@/server/scope/resolve-scope';
import { deniedPage } from '../access-denied';
import { NoData } from '../no-data';
import { requirePageActor } from '../page-actor';
import { SummaryFilters } from './summary-filters';
import { SummaryTable } from './summary-table';

/** 自评汇总: every project's 总分, 等级, 执行率 and status, the grades' distribution and the projects with warnings. */
export default async function SelfEvaluationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [raw, actor] = await Promise.all([searchParams, requirePageActor()]);
  if (!canReadSummary(actor)) return deniedPage(actor, '/self-evaluations', '自评汇总仅供部门领导、财政复核员和系统管理员查看');
  const db = getDb();
  const scope = resolveScope(db, actor, raw);
  if (!scope) return <NoData />;
  const { budgetYear } = scope;
  const summary = getSelfEvaluationSummary(db, actor, budgetYear.year, budgetYear.departmentId);
  const params = parseSummaryParams(raw);
  const rows = selectSummaryRows(summary.rows, params);
  const base = { dept: String(budgetYear.departmentId), year: String(budgetYear.year) };
  const warned = summary.rows.filter((r) => r.warnings.length > 0).length;
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">自评汇总</h1>
          <p className="text-sm text-slate-500">
            {budgetYear.departmentName} · {budgetYear.year}年度 · 共 {summary.rows.length} 个项目
          </p>
        </div>
        <a href={`/api/v1/exports/self-evaluation.xlsx?year=${budgetYear.year}&department=${budgetYear.departmentId}`} download className="no-print rounded border border-slate-300 bg-white px-2.5 py-1 text-sm text-blue-800 hover:bg-slate-100">
          导出本部门自评表（Excel）
        </a>
      </header>
      <section aria-label="等级分布" className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        {GRADES.map((g) => (
          <div key={g} className="rounded-lg border border-slate-200 bg-white p-3">
            <p className="text-xs text-slate-500">{g}</p>
            <p className="text-xl font-semibold tabular-nums">{summary.grades[g]}</p>
          </div>
        ))}
        <div className="rounded-lg border border-amber-200 bg-amber-50 p-3">
          <p className="text-xs text-amber-800">有自评预警</p>
          <p className="text-xl font-semibold tabular-nums text-amber-900">{warned}</p>
        </div>
      </section>
      <SummaryFilters base={base} params={params} />
      <SummaryTable rows={rows} params={params} base={base} />
    </div>
  );
}
