'use client';

import { useUrlParams } from '@/components/scope/use-url-params';
import type { BudgetYearOption } from '@/db/queries/budget-years';

export function BudgetYearSelect({ options, value }: { options: BudgetYearOption[]; value: number }) {
  const go = useUrlParams();
  if (options.length < 2) return null;
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-slate-600">部门与年度</span>
      <select className="rounded border border-slate-300 bg-white px-2 py-1" value={value} onChange={(e) => go({ budgetYear: e.target.value })}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.departmentName} · {o.year}年
          </option>
        ))}
      </select>
    </label>
  );
}
