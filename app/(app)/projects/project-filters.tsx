'use client';

import { useState } from 'react';
import { LIGHT_LABELS } from '@/components/monitoring/light-badge';
import { inputClass } from '@/components/ui/field';
import { useUrlParams } from '@/components/scope/use-url-params';
import { LIGHTS, type ProjectListParams } from '@/lib/project-list/params';
import { CATEGORIES } from '@/lib/target-value/types';

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
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">负责人</span>
        <select className={inputClass} value={params.owner} onChange={(e) => go({ owner: e.target.value })}>
          <option value="">全部</option>
          {owners.map((o) => (
            <option key={o.username} value={o.username}>
              {o.displayName}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">项目灯号</span>
        <select className={inputClass} value={params.light ?? ''} onChange={(e) => go({ light: e.target.value })}>
          <option value="">全部</option>
          {LIGHTS.map((l) => (
            <option key={l} value={l}>
              {LIGHT_LABELS[l]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">含指标灯号</span>
        <select className={inputClass} value={params.indicatorLight ?? ''} onChange={(e) => go({ ilight: e.target.value })}>
          <option value="">全部</option>
          {LIGHTS.map((l) => (
            <option key={l} value={l}>
              {LIGHT_LABELS[l]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">一级指标</span>
        <select className={inputClass} value={params.category} onChange={(e) => go({ category: e.target.value })}>
          <option value="">全部</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
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
