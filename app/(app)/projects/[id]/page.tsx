import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { ProjectExportLink } from '@/components/exports/export-links';
import { LightBadge } from '@/components/monitoring/light-badge';
import { PrintStamp } from '@/components/scope/print-stamp';
import { ScopeSelector } from '@/components/scope/scope-selector';
import { Card } from '@/components/ui/card';
import { formatPercent, formatWan } from '@/lib/format/number';
import { requireMonitoringActor } from '../../page-actor';
import { ForbiddenError, NotFoundError } from '@/server/errors';
import { deniedPage } from '../../access-denied';
import { listProjectAttachments } from '@/server/attachments/read-attachments';
import { getProjectDetail } from '@/server/projects/get-project-detail';
import type { SearchParams } from '@/lib/url/search-params';
import { resolveAsOf } from '@/server/scope/resolve-scope';
import { BudgetExecutionPanel } from './budget-execution-panel';
import { IndicatorList } from './indicator-list';
import { KeyMonitoredToggle } from './key-monitored-toggle';
import { RoundPanel } from './round-panel';
import { projectRoundView } from '@/server/rounds/round-view';

export default async function ProjectPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const [{ id }, raw, actor] = await Promise.all([params, searchParams, requireMonitoringActor()]);
  const db = getDb();
  let detail;
  try {
    detail = getProjectDetail(db, actor, Number(id), (year) => resolveAsOf(raw, year));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) return deniedPage(actor, '/projects/[id]', error.message);
    throw error;
  }
  const { project, budget } = detail;
  const round = projectRoundView(db, actor, project);
  const files = listProjectAttachments(db, actor, project.id);
  const pendingChanges = detail.indicators.filter((i) => i.pendingTargetChange);
  const amounts = [
    ['总计', project.total],
    ['财政拨款', project.fiscal],
    ['财政专户拨款', project.specialAccount],
    ['其他资金', project.other],
  ] as const;

  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <Link href={`/projects?dept=${project.departmentId}&year=${project.year}&asOf=${detail.asOf}`} className="no-print text-sm text-blue-800 hover:underline">
            ← 返回项目列表
          </Link>
          <h1 className="mt-1 text-xl font-semibold">{project.name}</h1>
          <p className="text-sm text-slate-500">
            {project.departmentName} · {project.year}年度 · 负责人：{detail.owners.map((o) => o.displayName).join('、') || '未指定'}
          </p>
          {pendingChanges.length > 0 && (
            <p className="mt-1 text-sm text-amber-800">
              <a href={`#indicator-${pendingChanges[0].indicator.id}`} className="underline">
                {pendingChanges.length} 项目标调整待审批
              </a>
              ：审批前仍按现行目标计算
            </p>
          )}
          <PrintStamp asOf={detail.asOf} />
        </div>
        <div className="flex flex-col items-end gap-2">
          <ScopeSelector options={[]} departmentId={project.departmentId} year={project.year} asOf={detail.asOf} />
          <div className="flex items-center gap-2 text-sm">
            <span className="text-slate-600">目标</span>
            <LightBadge light={detail.light} />
            <span className="ml-2 text-slate-600">预算</span>
            <LightBadge light={budget.light} label={`执行率 ${formatPercent(budget.executionRate)}`} />
          </div>
          <div className="flex items-center gap-2">
            <KeyMonitoredToggle projectId={project.id} keyMonitored={project.keyMonitored} canChange={actor.role === 'admin'} />
            <Link href={`/projects/${project.id}/self-evaluation`} className="no-print rounded border border-slate-300 bg-white px-2.5 py-1 text-sm text-blue-800 hover:bg-slate-100">
              年终自评
            </Link>
            <ProjectExportLink projectId={project.id} year={project.year} asOf={detail.asOf} />
          </div>
        </div>
      </header>
      <div className="grid gap-4 md:grid-cols-3">
        <Card title="预算（万元）">
          <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
            {amounts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-600">{label}</dt>
                <dd className="text-right tabular-nums">{formatWan(value)}</dd>
              </div>
            ))}
            <dt className="text-slate-600">已执行</dt>
            <dd className="text-right tabular-nums">{formatWan(budget.executed)}</dd>
          </dl>
        </Card>
        <Card title="绩效目标" className="md:col-span-2">
          <p className="whitespace-pre-line text-sm leading-relaxed text-slate-700">{project.goal || '（未填写）'}</p>
        </Card>
      </div>
      {round && <RoundPanel view={round} />}
      <BudgetExecutionPanel detail={detail} />
      <IndicatorList detail={detail} files={files} openIndicatorId={Number(raw.fill) || null} />
    </div>
  );
}
