import { formatNumber, formatPeriod } from '@/lib/format/number';
import type { TrendPoint } from '@/lib/monitoring/trend';

const WIDTH = 240;
const HEIGHT = 64;
const PAD = 4;

/** A small SVG trend: actual by month (solid), expected by 序时进度 (dotted) and the annual target (dashed). */
export function TrendLine({ points, target, unit, label }: { points: TrendPoint[]; target: number | null; unit: string | null; label: string }) {
  const values = points.flatMap((p) => [p.actual, p.expected]).concat(target);
  const max = Math.max(1e-9, ...values.filter((v): v is number => v != null));
  const x = (i: number) => PAD + (i * (WIDTH - 2 * PAD)) / 11;
  const y = (v: number) => HEIGHT - PAD - (Math.max(0, v) / max) * (HEIGHT - 2 * PAD);
  const path = (pick: (p: TrendPoint) => number | null) =>
    points
      .map((p, i) => [i, pick(p)] as const)
      .filter((pair): pair is readonly [number, number] => pair[1] != null)
      .map(([i, v]) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`)
      .join(' ');
  const last = points.at(-1);
  const summary = last
    ? `${label}：截至${formatPeriod(last.period)}完成 ${formatNumber(last.actual, unit)}，序时应完成 ${formatNumber(last.expected, unit)}，年度目标 ${formatNumber(target, unit)}`
    : `${label}：暂无数据`;

  return (
    <figure className="flex flex-col gap-1">
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={summary} className="rounded bg-slate-50">
        <title>{summary}</title>
        {target != null && <line x1={PAD} x2={WIDTH - PAD} y1={y(target)} y2={y(target)} stroke="#64748b" strokeDasharray="4 3" strokeWidth={1} />}
        <polyline points={path((p) => p.expected)} fill="none" stroke="#94a3b8" strokeDasharray="1 3" strokeWidth={1.5} />
        <polyline points={path((p) => p.actual)} fill="none" stroke="#1d4ed8" strokeWidth={2} />
        {points.map((p, i) => p.actual != null && <circle key={p.period} cx={x(i)} cy={y(p.actual)} r={2} fill="#1d4ed8" />)}
      </svg>
      <figcaption className="flex gap-3 text-[11px] text-slate-500">
        <span className="text-blue-700">— 实际</span>
        <span>··· 序时应完成</span>
        <span>- - 年度目标</span>
      </figcaption>
    </figure>
  );
}
