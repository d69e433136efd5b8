'use client';

import { useState } from 'react';
import { inputClass } from '@/components/ui/field';
import { FilterSelect } from '@/components/ui/filter-select';
import { useUrlParams } from '@/components/scope/use-url-params';
import { LIGHT_LABELS, LIGHTS } from '@/lib/monitoring/types';
import type { ProjectListParams } from '@/lib/project-list/params';
import { CATEGORIES } from '@/lib/target-value/types';

const LIGHT_OPTIONS: [string, string][] = LIGHTS.map((l) => [l, LIGHT_LABELS[l]]);

export function ProjectFilters({ params, owners }: { params: ProjectListParams; owners: { username: string; displayName: string }[] }) {
  const go = useUrlParams();
  const [q, setQ] = useState(params.q);
  return (
    <form
      role="search"
      className="no-print flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        go({ q });
      }}
    >
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">项目名称</span>
        <input type="search" aria-label="按项目名称筛选" value={q} onChange={(e) => setQ(e.target.value)} placeholder="输入关键字后回车" className={inputClass} />
      </label>
      <FilterSelect label="负责人" value={params.owner} onChange={(v) => go({ owner: v })} options={owners.map((o) => [o.username, o.displayName])} />
      <FilterSelect label="项目灯号" value={params.light ?? ''} onChange={(v) => go({ light: v })} options={LIGHT_OPTIONS} />
      <FilterSelect label="含指标灯号" value={params.indicatorLight ?? ''} onChange={(v) => go({ ilight: v })} options={LIGHT_OPTIONS} />
      <FilterSelect label="一级指标" value={params.category} onChange={(v) => go({ category: v })} options={CATEGORIES.map((c) => [c, c])} />
      <label className="flex items-center gap-1.5 pb-1.5">
        <input type="checkbox" checked={params.keyOnly} onChange={(e) => go({ key: e.target.checked ? '1' : '' })} />
        <span>仅重点监控</span>
      </label>
      <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 text-white hover:bg-blue-800">
        筛选
      </button>
    </form>
  );
}
