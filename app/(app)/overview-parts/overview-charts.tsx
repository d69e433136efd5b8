'use client';

import { LazyEChart } from '@/components/charts/lazy-echart';
import { LIGHT_LABELS, LIGHTS, type Light } from '@/lib/monitoring/types';

const LIGHT_COLORS: Record<Light, string> = { red: '#d93025', yellow: '#e0a800', green: '#1e8e3e', blue: '#1a73e8', gray: '#9aa0a6' };

export function ProjectsByLightChart({ counts }: { counts: Record<Light, number> }) {
  const label = `项目灯号分布：${LIGHTS.map((l) => `${LIGHT_LABELS[l]} ${counts[l]} 个`).join('，')}`;
  return (
    <LazyEChart
      label={label}
      height={220}
      option={{
        animation: false,
        grid: { left: 56, right: 16, top: 16, bottom: 28 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: LIGHTS.map((l) => LIGHT_LABELS[l]) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', name: '项目数', data: LIGHTS.map((l) => ({ value: counts[l], itemStyle: { color: LIGHT_COLORS[l] } })), label: { show: true, position: 'top' } }],
      }}
    />
  );
}

export function ExecutionByMonthChart({ months }: { months: { period: string; rate: number | null; expected: number }[] }) {
  const pct = (v: number | null) => (v == null ? null : Math.round(v * 1000) / 10);
  const last = months.at(-1);
  const label = last
    ? `预算执行率与序时进度：截至${Number(last.period.slice(5))}月执行率 ${pct(last.rate) ?? '—'}%，序时进度 ${pct(last.expected)}%`
    : '暂无数据';
  return (
    <LazyEChart
      label={label}
      height={220}
      option={{
        animation: false,
        grid: { left: 48, right: 16, top: 28, bottom: 28 },
        tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v == null ? '—' : `${v}%`) },
        legend: { data: ['执行率', '序时进度'], top: 0 },
        xAxis: { type: 'category', data: months.map((m) => `${Number(m.period.slice(5))}月`) },
        yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        series: [
          { type: 'line', name: '执行率', data: months.map((m) => pct(m.rate)), itemStyle: { color: '#1d4ed8' }, connectNulls: false },
          { type: 'line', name: '序时进度', data: months.map((m) => pct(m.expected)), lineStyle: { type: 'dashed' }, itemStyle: { color: '#64748b' } },
        ],
      }}
    />
  );
}
