import Link from 'next/link';
import { LightBadge } from '@/components/monitoring/light-badge';
import { formatPercent } from '@/lib/format/number';
import type { Attention, AttentionIndicator } from '@/server/overview/attention';

type Href = (extra?: Record<string, string>) => string;

function reasonText(i: AttentionIndicator): string {
  const parts = [i.reasons.join('、'), i.explanation].filter(Boolean);
  return parts.length > 0 ? `偏差原因：${parts.join('——')}` : '未说明偏差原因';
}

/** How many of the projects behind the page names; the rest are one click away in the filtered 项目 list. */
export const ATTENTION_SHOWN = 20;

/**
 * What a leader should look at first: the worst red and yellow projects by name, each with its lagging indicators and
 * the owners' reasons under it, how many more there are, and links to the full filtered lists (nothing is left out of
 * reach, and a department of thousands of projects still gets a page of one screen).
 */
export function AttentionLists({ attention, asOf, listHref }: { attention: Attention; asOf: string; listHref: Href }) {
  const { totals, projects } = attention;
  return (
    <section aria-labelledby="attention" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="attention" className="text-base font-semibold">需关注的项目</h2>
        <p className="text-sm text-slate-600" data-testid="attention-totals">
          共 {totals.redProjects} 个红灯项目、{totals.yellowProjects} 个黄灯项目；{totals.redIndicators} 个红灯指标、{totals.yellowIndicators} 个黄灯指标
          {totals.budgetBehindProjects > 0 && `；${totals.budgetBehindProjects} 个项目预算执行滞后`}
        </p>
      </div>
      {projects.length === 0 ? (
        <p className="text-sm text-slate-500">没有红灯、黄灯或预算执行滞后的项目。</p>
      ) : (
        <>
          <p className="mb-3 flex flex-wrap gap-2 text-sm">
            <Link href={listHref({ light: 'red' })} className="text-blue-800 underline">查看全部红灯项目</Link>
            <Link href={listHref({ light: 'yellow' })} className="text-blue-800 underline">查看全部黄灯项目</Link>
            <Link href={listHref({ ilight: 'red' })} className="text-blue-800 underline">含红灯指标的项目</Link>
          </p>
          <ol className="flex flex-col divide-y divide-slate-100 text-sm">
            {projects.slice(0, ATTENTION_SHOWN).map((p) => (
              <li key={p.id} className="py-2">
                <div className="flex flex-wrap items-center gap-2">
                  <LightBadge light={p.light} />
                  <Link href={`/projects/${p.id}?asOf=${asOf}`} className="font-medium text-blue-800 hover:underline">
                    {p.name}
                  </Link>
                  <span className="text-xs text-slate-500">
                    红灯指标 {p.redCount} · 黄灯指标 {p.yellowCount} · 执行率 {formatPercent(p.executionRate)}
                  </span>
                  {(p.budgetLight === 'red' || p.budgetLight === 'yellow') && <LightBadge light={p.budgetLight} label="预算执行滞后" />}
                </div>
                {p.indicators.length > 0 && (
                  <ul className="mt-1 flex flex-col gap-1 pl-4">
                    {p.indicators.map((i) => (
                      <li key={i.indicatorId} className="text-xs">
                        <span className="inline-flex flex-wrap items-center gap-1.5">
                          <LightBadge light={i.light} />
                          <Link href={`/projects/${p.id}?asOf=${asOf}#indicator-${i.indicatorId}`} className="text-blue-800 hover:underline">
                            {i.name}
                          </Link>
                          <span className="text-slate-500">{i.ratio == null ? `年度指标值 ${i.targetText}` : `完成比 ${formatPercent(i.ratio)}`}</span>
                        </span>
                        <span className="block pl-1 text-slate-600">{reasonText(i)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          {projects.length > ATTENTION_SHOWN && (
            <p className="mt-2 text-sm text-slate-600" data-testid="attention-more">
              另有 {projects.length - ATTENTION_SHOWN} 个项目需关注，见
              <Link href={listHref({ light: 'red' })} className="mx-1 text-blue-800 underline">全部红灯项目</Link>和
              <Link href={listHref({ light: 'yellow' })} className="mx-1 text-blue-800 underline">全部黄灯项目</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
