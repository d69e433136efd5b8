'use client';

import { useUrlParams } from './use-url-params';

export interface ScopeOption {
  departmentId: number;
  departmentName: string;
  year: number;
}

/** 部门 / 年度 (when there is more than one) and 截至 YYYY年M月; every figure on the page follows it. */
export function ScopeSelector({ options, departmentId, year, asOf }: { options: ScopeOption[]; departmentId: number; year: number; asOf: string }) {
  const go = useUrlParams();

  const month = Number(asOf.slice(5, 7));
  return (
    <div className="no-print flex flex-wrap items-center gap-3 text-sm">
      {options.length > 1 && (
        <label className="flex items-center gap-1">
          <span className="text-slate-600">部门与年度</span>
          <select
            className="rounded border border-slate-300 bg-white px-2 py-1"
            value={`${departmentId}:${year}`}
            onChange={(e) => {
              const [dept, y] = e.target.value.split(':');
              go({ dept, year: y, asOf: `${y}-12` });
            }}
          >
            {options.map((o) => (
              <option key={`${o.departmentId}:${o.year}`} value={`${o.departmentId}:${o.year}`}>
                {o.departmentName} · {o.year}年
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="flex items-center gap-1">
        <span className="text-slate-600">截至</span>
        <select
          aria-label="截至月份"
          className="rounded border border-slate-300 bg-white px-2 py-1"
          value={month}
          onChange={(e) => go({ dept: String(departmentId), year: String(year), asOf: `${year}-${e.target.value.padStart(2, '0')}` })}
        >
          {Array.from({ length: 12 }, (_, i) => (
            <option key={i + 1} value={String(i + 1)}>
              {year}年{i + 1}月
            </option>
          ))}
        </select>
      </label>
      <span className="text-slate-500">序时进度 {Math.round((month / 12) * 1000) / 10}%</span>
    </div>
  );
}
