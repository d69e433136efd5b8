'use client';

import dynamic from 'next/dynamic';

/** ECharts loaded only on pages that draw a chart; the placeholder keeps the layout from shifting. */
export const LazyEChart = dynamic(() => import('./echart').then((m) => m.EChart), {
  ssr: false,
  loading: () => <div className="h-[220px] animate-pulse rounded bg-slate-100" aria-hidden />,
});
