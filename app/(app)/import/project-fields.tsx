'use client';

import type { ProjectPatch } from '@/lib/target-table/edit-preview';
import type { Amounts, PreviewProject } from '@/lib/target-table';
import { inputClass } from '@/components/ui/field';

const AMOUNT_LABELS: [keyof Amounts, string][] = [
  ['total', '总计'],
  ['fiscal', '财政拨款'],
  ['specialAccount', '财政专户拨款'],
  ['other', '其他资金'],
];

/** A project's name, amounts (万元) and goal, editable. */
export function ProjectFields({ project, onEdit }: { project: PreviewProject; onEdit: (patch: ProjectPatch) => void }) {
  return (
    <div className="grid gap-3 md:grid-cols-[2fr_3fr]">
      <div className="flex flex-col gap-2">
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
          项目名称
          <input value={project.name} maxLength={300} onChange={(e) => onEdit({ name: e.target.value })} className={inputClass} />
        </label>
        <div className="grid grid-cols-4 gap-2">
          {AMOUNT_LABELS.map(([key, label]) => (
            <label key={key} className="flex flex-col gap-1 text-xs font-medium text-slate-600">
              {label}（万元）
              <input
                type="number"
                step="any"
                value={project.amounts[key] ?? ''}
                onChange={(e) => onEdit({ amounts: { [key]: e.target.value === '' ? null : e.target.valueAsNumber } })}
                className={`${inputClass} tabular-nums`}
              />
            </label>
          ))}
        </div>
      </div>
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        绩效目标
        <textarea value={project.goal} rows={4} maxLength={20000} onChange={(e) => onEdit({ goal: e.target.value })} className={`${inputClass} font-normal`} />
      </label>
    </div>
  );
}
