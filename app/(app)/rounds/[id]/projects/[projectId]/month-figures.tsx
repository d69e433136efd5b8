import { LightBadge } from '@/components/monitoring/light-badge';
import { formatNumber, formatPercent, formatPeriod, formatWan } from '@/lib/format/number';
import { timeElapsed } from '@/lib/monitoring/period';
import type { ProjectDetail } from '@/server/projects/get-project-detail';
import { targetOf } from '@/server/monitoring/indicator-target';

/** The project's figures for the round's month on one screen: each indicator's entry, light and reasons; the budget. */
export function MonthFigures({ detail }: { detail: ProjectDetail }) {
  const month = detail.asOf;
  const execution = detail.executions.find((e) => e.period === month);
  return (
    <div className="flex flex-col gap-3">
      <div className="overflow-x-auto">
        <table className="w-full min-w-[44rem] text-sm" aria-label={`${formatPeriod(month)}各指标`}>
          <thead className="bg-slate-50 text-left text-xs text-slate-600">
            <tr>
              <th className="px-2 py-1.5">指标</th>
              <th className="px-2 py-1.5">年度指标值</th>
              <th className="px-2 py-1.5">本月填报</th>
              <th className="px-2 py-1.5">累计 / 序时应完成</th>
              <th className="px-2 py-1.5">灯号</th>
              <th className="px-2 py-1.5">偏差原因与说明</th>
            </tr>
          </thead>
          <tbody>
            {detail.indicators.map(({ indicator, evaluation, history }) => {
              const entry = history.find((h) => h.period === month && h.supersededAt == null);
              const unit = targetOf(indicator).unit;
              return (
                <tr key={indicator.id} className="border-t border-slate-100 align-top">
                  <td className="px-2 py-1.5">
                    {indicator.seq}. {indicator.name}
                  </td>
                  <td className="px-2 py-1.5 text-slate-700">{indicator.targetText}</td>
                  <td className="px-2 py-1.5">{entry ? (entry.status ?? formatNumber(entry.value, entry.unit ?? unit)) : <span className="text-red-700">未填报</span>}</td>
                  <td className="px-2 py-1.5 tabular-nums text-slate-700">
                    {evaluation.actual !== null ? `${formatNumber(evaluation.actual, unit)} / ${formatNumber(evaluation.expected, unit)}` : '—'}
                  </td>
                  <td className="px-2 py-1.5">
                    <LightBadge light={evaluation.light} />
                  </td>
                  <td className="px-2 py-1.5 text-slate-700">
                    {entry && entry.reasons.length > 0 && <p>{entry.reasons.join('、')}</p>}
                    {entry?.explanation && <p>{entry.explanation}</p>}
                    {entry?.possibility && <p className="text-xs text-slate-500">完成目标可能性：{entry.possibility}</p>}
                    {entry?.note && <p className="text-xs text-slate-500">备注：{entry.note}</p>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="flex flex-wrap items-center gap-2 text-sm" aria-label="预算执行">
        <span className="text-slate-600">{formatPeriod(month)}累计执行数</span>
        <span className="tabular-nums">{execution ? `${formatWan(execution.amount)} 万元` : <span className="text-red-700">未填报</span>}</span>
        <span className="text-slate-600">执行率 {formatPercent(detail.budget.executionRate)}（序时进度 {formatPercent(timeElapsed(month))}）</span>
        <LightBadge light={detail.budget.light} />
      </p>
    </div>
  );
}
