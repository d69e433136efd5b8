'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/form-message';
import type { OwnerAssignments } from '@/server/users/owner-assignments';
import { useFormAction } from '../../../use-form-action';
import { assignOwnersAction } from '../actions';

type Props = Pick<OwnerAssignments, 'projects' | 'candidates'> & { budgetYearId: number };

const key = (projectId: number, userId: number) => `${projectId}:${userId}`;

/** One row per project, one checkbox column per 项目负责人; saved together, only changed rows are written. */
export function OwnersForm({ budgetYearId, projects, candidates }: Props) {
  const { state, pending, onSubmit } = useFormAction(assignOwnersAction);
  const saved = new Set(projects.flatMap((p) => p.ownerIds.map((u) => key(p.id, u))));
  const [ticked, setTicked] = useState(saved);
  const ownerCount = (projectId: number) => candidates.filter((c) => ticked.has(key(projectId, c.id))).length;
  const changed = projects.filter((p) => candidates.some((c) => ticked.has(key(p.id, c.id)) !== saved.has(key(p.id, c.id)))).length;
  const toggle = (k: string, on: boolean) => setTicked((prev) => new Set(on ? [...prev, k] : [...prev].filter((x) => x !== k)));

  return (
    <form onSubmit={onSubmit} aria-label="项目负责人" className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <input type="hidden" name="budgetYearId" value={budgetYearId} />
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th className="w-16 whitespace-nowrap px-3 py-2 text-right font-medium">序号</th>
            <th className="px-3 py-2 text-left font-medium">项目名称</th>
            {candidates.map((c) => (
              <th key={c.id} className="w-32 px-3 py-2 text-center font-medium">
                {c.displayName}
                <span className="block font-mono text-xs font-normal text-slate-500">{c.username}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {projects.map((p) => (
            <tr key={p.id} className="hover:bg-slate-50">
              <td className="px-3 py-1.5 text-right tabular-nums text-slate-500">{p.seq}</td>
              <td className="px-3 py-1.5">
                <input type="hidden" name="project" value={p.id} />
                {p.name}
                {ownerCount(p.id) === 0 && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-800">未指定负责人</span>}
              </td>
              {candidates.map((c) => (
                <td key={c.id} className="px-3 py-1.5 text-center">
                  <input
                    type="checkbox"
                    name="owner"
                    value={key(p.id, c.id)}
                    checked={ticked.has(key(p.id, c.id))}
                    onChange={(e) => toggle(key(p.id, c.id), e.target.checked)}
                    aria-label={`${p.name}：${c.displayName}`}
                    className="size-4"
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white px-3 py-2">
        <Button type="submit" disabled={pending || changed === 0}>
          {pending ? '保存中…' : '保存负责人'}
        </Button>
        <span className="text-sm text-slate-600">{changed > 0 ? `已修改 ${changed} 个项目，尚未保存` : '没有未保存的修改'}</span>
        <div className="ml-auto">
          <FormMessage state={state} />
        </div>
      </div>
    </form>
  );
}
