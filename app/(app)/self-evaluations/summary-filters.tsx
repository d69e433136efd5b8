import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { GRADES } from '@/lib/monitoring/scoring';
import type { SummaryParams } from '@/lib/self-evaluation/summary-params';
import { SELF_EVALUATION_STATUS_LABELS, SELF_EVALUATION_STATUSES } from '@/lib/self-evaluation/vocabulary';

/** Grade, status and 有预警 filters as a plain GET form: the URL holds them. */
export function SummaryFilters({ base, params }: { base: Record<string, string>; params: SummaryParams }) {
  return (
    <form method="get" aria-label="筛选" className="no-print flex flex-wrap items-end gap-3 text-sm">
      {Object.entries(base).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">等级</span>
        <select name="grade" defaultValue={params.grade ?? ''} className={inputClass}>
          <option value="">全部</option>
          {GRADES.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">状态</span>
        <select name="status" defaultValue={params.status ?? ''} className={inputClass}>
          <option value="">全部</option>
          {SELF_EVALUATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {SELF_EVALUATION_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 pb-1.5">
        <input type="checkbox" name="warned" value="1" defaultChecked={params.warned} />
        只看有预警的项目
      </label>
      <Button type="submit" variant="secondary">
        筛选
      </Button>
    </form>
  );
}
