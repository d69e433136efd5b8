'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useUrlParams } from '@/components/scope/use-url-params';
import { inputClass } from '@/components/ui/field';
import { FilterSelect } from '@/components/ui/filter-select';
import { actionLabel, entityLabel } from '@/lib/audit/labels';
import type { AuditParams } from '@/lib/audit/params';

interface Facets {
  usernames: string[];
  actions: string[];
  entities: string[];
}

/** Filters live in the URL; they apply when 筛选 is pressed. */
export function AuditFilters({ params, facets }: { params: AuditParams; facets: Facets }) {
  const go = useUrlParams();
  const [draft, setDraft] = useState(params);
  const set = (key: keyof AuditParams) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  return (
    <form
      role="search"
      aria-label="筛选审计日志"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        go({ user: draft.user, action: draft.action, entity: draft.entity, project: draft.project, from: draft.from, to: draft.to });
      }}
    >
      <FilterSelect label="用户" value={draft.user} onChange={set('user')} options={facets.usernames.map((u) => [u, u])} />
      <FilterSelect label="操作" value={draft.action} onChange={set('action')} options={facets.actions.map((a) => [a, actionLabel(a)])} />
      <FilterSelect label="对象" value={draft.entity} onChange={set('entity')} options={facets.entities.map((e) => [e, entityLabel(e)])} />
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">项目</span>
        <input type="search" className={inputClass} value={draft.project} placeholder="项目名称中的字" onChange={(e) => set('project')(e.target.value)} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">起始日期</span>
        <input type="date" className={inputClass} value={draft.from} onChange={(e) => set('from')(e.target.value)} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">截止日期</span>
        <input type="date" className={inputClass} value={draft.to} onChange={(e) => set('to')(e.target.value)} />
      </label>
      <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 text-white hover:bg-blue-800">
        筛选
      </button>
      <Link href="/audit" className="py-1.5 text-slate-600 underline hover:text-slate-900">
        清除筛选
      </Link>
    </form>
  );
}
