import { LightBadge } from '@/components/monitoring/light-badge';
import { ProgressBar } from '@/components/monitoring/progress-bar';
import { TrendLine } from '@/components/monitoring/trend-line';
import { AttachmentList } from '@/components/attachments/attachment-list';
import { LazyDetails } from '@/components/ui/lazy-details';
import type { AttachmentView } from '@/lib/attachments/types';
import { formatNumber, formatPercent, formatPeriod } from '@/lib/format/number';
import { formatTarget, MEASURE_MODE_LABELS } from '@/lib/target-value';
import type { IndicatorDetail, ProjectDetail } from '@/server/projects/get-project-detail';
import { ruleInputOf, targetOf, unitIsFromName } from '@/server/monitoring/indicator-target';
import { EntryPanel } from './entry-panel';
import { EntryHistory } from './entry-history';
import { PendingTargetChange, TargetChanges } from './target-section';

interface Props {
  item: IndicatorDetail;
  detail: ProjectDetail;
  /** The 佐证材料 of the indicator's entries. */
  attachments: AttachmentView[];
  open: boolean;
}

export function IndicatorCard({ item, detail, attachments, open }: Props) {
  const { indicator, evaluation, progress, expectedProgress, trend, history } = item;
  const target = targetOf(indicator);
  const unit = target.unit;
  const latestReasons = history.findLast((h) => h.supersededAt == null && h.period <= detail.asOf && h.reasons.length > 0);
  return (
    <article id={`indicator-${indicator.id}`} aria-label={`指标 ${indicator.seq} ${indicator.name}`} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1">
          <p className="text-xs text-slate-500">
            {indicator.seq}. {indicator.category ?? '未分类'}
            {indicator.subcategory ? ` · ${indicator.subcategory}` : ''}
            {target.kind === 'quantitative' && ` · ${MEASURE_MODE_LABELS[indicator.mode]}`}
          </p>
          <h3 className="font-medium">{indicator.name}</h3>
          <p className="mt-1 text-sm text-slate-700">
            年度指标值：<span className="font-medium">{indicator.targetText}</span>
            {indicator.targetCorrectedAt ? (
              <span className="ml-2 rounded bg-blue-50 px-1.5 py-0.5 text-xs text-blue-800" title="经审批调整后的目标，灯号按此计算">
                已调整为 {formatTarget(target)}
              </span>
            ) : (
              <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600" title="系统识别的结构化目标">
                识别为 {formatTarget(target)}
                {unitIsFromName(indicator) && '（单位据指标名称）'}
              </span>
            )}
            {indicator.plannedPeriod && <span className="ml-2 text-xs text-slate-600">计划完成月份：{formatPeriod(indicator.plannedPeriod)}</span>}
          </p>
          {latestReasons && evaluation.light !== 'green' && evaluation.light !== 'blue' && (
            <p className="mt-1 text-sm text-amber-900">
              偏差原因：{latestReasons.reasons.join('、')}
              {latestReasons.explanation && `——${latestReasons.explanation}`}
              {latestReasons.possibility && `（完成可能性：${latestReasons.possibility}）`}
            </p>
          )}
        </div>
        <div className="flex flex-col items-end gap-1 text-sm">
          <LightBadge light={evaluation.light} />
          {evaluation.met != null && <span className="text-xs text-slate-600">{evaluation.met ? '已达成年度目标' : '尚未达成年度目标'}</span>}
          {evaluation.stale && <span className="text-xs text-amber-700">填报已过期</span>}
        </div>
      </div>
      <PendingTargetChange item={item} detail={detail} />
      <div className="mt-3 flex flex-wrap items-start gap-6">
        <dl className="grid min-w-0 flex-[1_1_18rem] grid-cols-2 gap-x-6 gap-y-1 text-sm md:grid-cols-4">
          <dt className="text-slate-600">截至{formatPeriod(detail.asOf)}完成</dt>
          <dd data-testid={`actual-${indicator.id}`} className="tabular-nums">
            {target.kind === 'qualitative' ? (evaluation.status ?? '—') : formatNumber(evaluation.actual, unit)}
          </dd>
          {target.kind === 'quantitative' && (
            <>
              <dt className="text-slate-600">序时应完成</dt>
              <dd className="tabular-nums">{formatNumber(evaluation.expected, unit)}</dd>
              <dt className="text-slate-600">完成比（实际/序时）</dt>
              <dd className="tabular-nums">{formatPercent(evaluation.ratio)}</dd>
              <dt className="text-slate-600">年度进度</dt>
              <dd>
                <ProgressBar fraction={progress} expected={expectedProgress} label={`${indicator.name} 年度进度`} />
              </dd>
            </>
          )}
        </dl>
        {trend.length > 0 && <TrendLine points={trend} target={target.value} unit={unit} label={indicator.name} />}
      </div>
      <TargetChanges item={item} detail={detail} />
      <LazyDetails
        open={open}
        className="mt-3 border-t border-slate-100 pt-2"
        summary={
          <summary className="cursor-pointer text-sm text-blue-800">
            {detail.canWrite ? '填报与历史' : '填报历史'}（{history.length}）{attachments.length > 0 && ` · 佐证材料 ${attachments.length} 份`}
          </summary>
        }
      >
        {detail.canWrite ? (
          <div className="mt-3 grid gap-4 lg:grid-cols-2">
            <EntryPanel
              indicator={{ id: indicator.id, name: indicator.name, unitFromName: unitIsFromName(indicator) }}
              rules={{ ...ruleInputOf(indicator), settings: detail.settings }}
              year={detail.project.year}
              defaultPeriod={detail.asOf}
              lockedThrough={detail.lockedThrough}
              current={history.filter((h) => h.supersededAt == null).map((h) => ({ id: h.id, period: h.period, value: h.value, status: h.status, unit: h.unit, forecast: h.forecast }))}
              attachments={attachments}
            />
            <EntryHistory history={history} />
          </div>
        ) : (
          <div className="mt-3 flex flex-col gap-3">
            <section aria-label="佐证材料" className="flex flex-col gap-1">
              <h4 className="text-sm font-medium text-slate-700">佐证材料（{attachments.length}）</h4>
              <AttachmentList items={attachments} removable={false} withPeriod empty="尚无佐证材料。" />
            </section>
            <EntryHistory history={history} />
          </div>
        )}
      </LazyDetails>
    </article>
  );
}
