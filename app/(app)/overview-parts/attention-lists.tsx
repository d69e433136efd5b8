import Link from 'next/link';
import { LightBadge } from '@/components/monitoring/light-badge';
import { formatPercent } from '@/lib/format/number';
import type { Overview } from '@/server/overview/get-overview';

/** What a leader should look at first: red and yellow projects and indicators, with the owners' reasons. */
export function AttentionLists({ overview, asOf }: { overview: Overview; asOf: string }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="attention-projects" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="attention-projects" className="mb-2 font-semibold">需关注的项目</h2>
        {overview.attentionProjects.length === 0 ? (
          <p className="text-sm text-slate-500">没有红灯或黄灯项目。</p>
        ) : (
          <ol className="flex flex-col gap-2 text-sm">
            {overview.attentionProjects.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-2">
                <LightBadge light={p.light} />
                <Link href={`/projects/${p.id}?asOf=${asOf}`} className="text-blue-800 hover:underline">
                  {p.name}
                </Link>
                <span className="text-xs text-slate-500">
                  红灯 {p.redCount} · 黄灯 {p.yellowCount} · 执行率 {formatPercent(p.executionRate)}
                </span>
                {(p.budgetLight === 'red' || p.budgetLight === 'yellow') && <LightBadge light={p.budgetLight} label="预算执行滞后" />}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="attention-indicators" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="attention-indicators" className="mb-2 font-semibold">滞后指标及偏差原因</h2>
        {overview.attentionIndicators.length === 0 ? (
          <p className="text-sm text-slate-500">没有红灯或黄灯指标。</p>
        ) : (
          <ol className="flex flex-col gap-2 text-sm">
            {overview.attentionIndicators.map((i) => (
              <li key={i.indicatorId}>
                <div className="flex flex-wrap items-center gap-2">
                  <LightBadge light={i.light} />
                  <Link href={`/projects/${i.projectId}?asOf=${asOf}#indicator-${i.indicatorId}`} className="text-blue-800 hover:underline">
                    {i.name}
                  </Link>
                  <span className="text-xs text-slate-500">{i.ratio == null ? i.targetText : `完成比 ${formatPercent(i.ratio)}`} · {i.projectName}</span>
                </div>
                <p className="ml-1 text-xs text-slate-600">
                  {i.reasons.length > 0 || i.explanation ? `偏差原因：${[i.reasons.join('、'), i.explanation].filter(Boolean).join('——')}` : '未说明偏差原因'}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
