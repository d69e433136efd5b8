/** Progress toward the 年度指标值 with a marker at 序时进度 (expected by now). */
export function ProgressBar({ fraction, expected, label }: { fraction: number | null; expected?: number | null; label: string }) {
  const shown = fraction == null ? 0 : Math.max(0, Math.min(1, fraction));
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(shown * 100)}
        className="relative h-2.5 w-32 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-blue-600" style={{ width: `${shown * 100}%` }} />
        {expected != null && (
          <div
            title="序时进度"
            className="absolute top-0 h-full w-0.5 bg-slate-700"
            style={{ left: `${Math.max(0, Math.min(1, expected)) * 100}%` }}
          />
        )}
      </div>
      <span className="w-12 text-right text-xs tabular-nums text-slate-600">
        {fraction == null ? '—' : `${Math.round(fraction * 100)}%`}
      </span>
    </div>
  );
}
