import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { SelfEvaluationStatusBadge } from '@/components/self-evaluation/status-badge';
import { Card } from '@/components/ui/card';
import { PrintButton } from '@/components/ui/print-button';
import { formatPercent, formatWan } from '@/lib/format/number';
import { formatScore } from '@/lib/format/score';
import { describeSharedOut } from '@/lib/self-evaluation/shared-out';
import { listProjectAttachments } from '@/server/attachments/read-attachments';
import { ForbiddenError, NotFoundError } from '@/server/errors';
import { getSelfEvaluation } from '@/server/self-evaluation/get-self-evaluation';
import { deniedPage } from '../../../access-denied';
import { requireMonitoringActor } from '../../../page-actor';
import { HistoryList } from './history-list';
import { LineCard } from './line-card';
import { ReviewPanel } from './review-panel';
import { SummaryForm } from './summary-form';
import { WarningsPanel } from './warnings-panel';

function Cell({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex flex-col">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="tabular-nums text-sm text-slate-900">{value}</dd>
    </div>
  );
}

export default async function SelfEvaluationPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor] = await Promise.all([params, requireMonitoringActor()]);
  let view;
  try {
    view = getSelfEvaluation(getDb(), actor, Number(id));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) return deniedPage(actor, '/projects/[id]/self-evaluation', error.message);
    throw error;
  }
  const { project, sheet, rights } = view;
  const { budget } = sheet;
  const maxText = view.settings.noteMaxLength;
  const byId = new Map(view.indicators.map((i) => [i.id, i]));
  const sharedOut = describeSharedOut(sheet.sharedOut, view.settings.scoring.weights);
  const { attachments } = listProjectAttachments(getDb(), actor, project.id);
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <Link href={`/projects/${project.id}`} className="no-print text-sm text-blue-800 hover:underline">
            ← 返回项目
          </Link>
          <h1 className="mt-1 text-xl font-semibold">{project.name} · 年终自评</h1>
          <p className="text-sm text-slate-500">
            {project.departmentName} · {project.year}年度 · 项目支出绩效自评表
          </p>
        </div>
        <div className="flex flex-col items-end gap-2">
          <p className="flex items-center gap-2 text-sm">
            <SelfEvaluationStatusBadge status={view.status} />
            <span>
              总分 <strong className="text-lg tabular-nums">{formatScore(sheet.total)}</strong> · 等级 <strong className="text-lg">{sheet.grade}</strong>
            </span>
          </p>
          <div className="flex gap-2">
            <PrintButton />
            <a href={`/api/v1/exports/self-evaluation.xlsx?project=${project.id}`} download className="no-print rounded border border-slate-300 bg-white px-2.5 py-1 text-sm text-blue-800 hover:bg-slate-100">
              导出自评表（Excel）
            </a>
          </div>
        </div>
      </header>
      {!view.yearEnded && <p className="rounded bg-slate-100 px-3 py-2 text-sm text-slate-700">预览：{project.year}年度尚未到 12 月，草稿按目前已填报的数据计算。</p>}
      <p className="text-sm text-slate-600">
        {view.live
          ? `草稿按全年数据（截至 ${project.year} 年 12 月）与「设置」中的自评分值、等级线计算，数据或设置改变时随之更新；提交后按提交时的结果保存。`
          : '已提交：以下为提交时的结果，之后的数据与设置改变不影响它。'}
        {sheet.total !== sheet.draftTotal && ` 草稿总分 ${formatScore(sheet.draftTotal)}。`}
      </p>
      {view.comment && (
        <p className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {view.status === 'approved' ? '审核意见' : view.status === 'returned' ? '退回意见' : '意见'}：{view.comment}
        </p>
      )}
      <WarningsPanel warnings={sheet.warnings} lines={sheet.lines} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="预算执行（万元）">
          <dl className="grid grid-cols-3 gap-x-4 gap-y-2">
            <Cell label="年初预算数" value={formatWan(budget.initial)} />
            <Cell label="全年预算数" value={formatWan(budget.adjusted ?? budget.initial)} />
            <Cell label="全年执行数" value={formatWan(budget.executed)} />
            <Cell label="执行率" value={formatPercent(budget.rate)} />
            <Cell label="分值" value={formatScore(budget.weight)} />
            <Cell label="得分" value={formatScore(budget.score)} />
          </dl>
          {!rights.edit && budget.analysis && <p className="mt-2 text-sm text-slate-700">偏差原因分析：{budget.analysis}</p>}
        </Card>
        <Card title="年度总体目标">
          <p className="text-xs text-slate-500">预期目标</p>
          <p className="whitespace-pre-line text-sm text-slate-800">{project.goal || '（未填写）'}</p>
          <p className="mt-2 text-xs text-slate-500">实际完成情况</p>
          <p className="whitespace-pre-line text-sm text-slate-800">{view.goalActual || '（未填写）'}</p>
        </Card>
      </div>
      {rights.edit && (
        <Card title="自评概况">
          <SummaryForm projectId={project.id} adjustedBudget={budget.adjusted} goalActual={view.goalActual} budgetAnalysis={budget.analysis} maxText={maxText} />
        </Card>
      )}
      <section aria-label="绩效指标" className="flex flex-col gap-3">
        <h2 className="text-base font-semibold">绩效指标（{sheet.lines.length}）</h2>
        {sharedOut && <p className="text-sm text-slate-600">{sharedOut}</p>}
        {sheet.lines.map((line) => (
          <LineCard key={line.indicatorId} line={line} indicator={byId.get(line.indicatorId)} warnings={sheet.warnings.filter((w) => w.indicatorId === line.indicatorId)} projectId={project.id} canEdit={rights.edit} maxText={maxText} attachments={attachments.filter((a) => a.indicatorId === line.indicatorId)} />
        ))}
      </section>
      <Card title="提交与审核">
        <ReviewPanel projectId={project.id} rights={rights} />
        <div className="mt-3">
          <HistoryList events={view.events} />
        </div>
      </Card>
    </div>
  );
}
