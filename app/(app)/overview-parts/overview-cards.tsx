import Link from 'next/link';
import { LightBadge } from '@/components/monitoring/light-badge';
import { Card } from '@/components/ui/card';
import { formatPercent, formatPeriod, formatWan } from '@/lib/format/number';
import { previousPeriod } from '@/lib/monitoring/period';
import { LIGHT_LABELS, LIGHTS } from '@/lib/monitoring/types';
import type { Overview } from '@/server/overview/get-overview';

type Href = (extra?: Record<string, string>) => string;

export function OverviewCards({ overview: o, asOf, listHref }: { overview: Overview; asOf: string; listHref: Href }) {
  return (
    <div className="grid grid-cols-2 gap-3 lg:grid-cols-4 lg:gap-4">
      <Card title="项目">
        <Link href={listHref()} className="text-3xl font-semibold text-blue-800 hover:underline" data-testid="overview-projects">
          {o.projectCount}
        </Link>
        <p className="mt-1 flex flex-wrap gap-1 text-sm">
          {LIGHTS.filter((l) => o.projectsByLight[l] > 0).map((l) => (
            <Link key={l} href={listHref({ light: l })} aria-label={`${LIGHT_LABELS[l]}项目 ${o.projectsByLight[l]} 个`}>
              <LightBadge light={l} label={`${LIGHT_LABELS[l]} ${o.projectsByLight[l]}`} />
            </Link>
          ))}
        </p>
      </Card>
      <Card title="预算（万元）">
        <p className="text-2xl font-semibold tabular-nums" data-testid="overview-budget">
          {formatWan(o.budgetTotal)}
        </p>
        <p className="mt-1 text-sm text-slate-600">已执行 {formatWan(o.executedTotal)}</p>
        <p className="mt-1 flex items-center gap-2 text-sm">
          <LightBadge light={o.budgetLight} label={`执行率 ${formatPercent(o.executionRate)}`} />
          <span className="text-slate-500">序时进度 {formatPercent(o.timeElapsed)}</span>
        </p>
      </Card>
      <Card title="绩效指标">
        <p className="text-3xl font-semibold" data-testid="overview-indicators">
          {o.indicatorCount}
        </p>
        <p className="mt-1 flex flex-wrap gap-1 text-sm">
          {LIGHTS.filter((l) => l !== 'gray' && o.indicatorsByLight[l] > 0).map((l) => (
            <Link key={l} href={listHref({ ilight: l })} aria-label={`${LIGHT_LABELS[l]}指标 ${o.indicatorsByLight[l]} 个`}>
              <LightBadge light={l} label={`${LIGHT_LABELS[l]} ${o.indicatorsByLight[l]}`} />
            </Link>
          ))}
        </p>
      </Card>
      <Card title={`${formatPeriod(asOf)}填报情况`}>
        <p className="text-3xl font-semibold" data-testid="overview-reported">
          {o.reportedIndicatorCount}
          <span className="ml-1 text-base font-normal text-slate-500">/ {o.indicatorCount} 已填报</span>
        </p>
        <Link href={listHref({ unreported: '1' })} className="mt-1 inline-block text-sm text-blue-800 hover:underline" data-testid="overview-unreported">
          未填报 {o.unreportedIndicatorCount} 个指标
        </Link>
        {o.staleIndicatorCount > 0 && (
          <p className="text-xs text-amber-800">其中 {o.staleIndicatorCount} 个已过期（最近一次填报早于{formatPeriod(previousPeriod(asOf))}）</p>
        )}
      </Card>
    </div>
  );
}
