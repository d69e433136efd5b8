'use client';

import { memo, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { PreviewEdit } from '@/lib/target-table/edit-preview';
import { describeSource, LAYOUT_NAMES, type ImportWarning, type PreviewProject } from '@/lib/target-table';
import { formatWan } from '@/lib/format/number';
import { IndicatorRow } from './indicator-row';
import { ProjectFields } from './project-fields';

interface Props {
  index: number;
  project: PreviewProject;
  warnings: ImportWarning[];
  dispatch: (edit: PreviewEdit) => void;
}

const HEADERS = ['序号', '指标与原文', '一级指标', '类型', '比较', '目标值', '单位', '方向', '计量方式'];

function projectAnchor(index: number): string {
  return `import-project-${index}`;
}

/** Opens a project's card and scrolls to it (its `toggle` event updates the card's state). */
export function openProject(index: number): void {
  const details = document.getElementById(projectAnchor(index));
  if (!(details instanceof HTMLDetailsElement)) return;
  details.open = true;
  details.scrollIntoView({ block: 'start' });
}

/** One project of the preview: collapsed to a line, open to edit it and its indicators. */
export const ProjectCard = memo(function ProjectCard({ index, project, warnings, dispatch }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details
      id={projectAnchor(index)}
      aria-label={`项目 ${index + 1} ${project.name}`}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      className={`group scroll-mt-4 rounded-lg border bg-white ${warnings.length ? 'border-amber-300' : 'border-slate-200'}`}
    >
      <summary className="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5 text-sm">
        <span aria-hidden className="text-xs text-slate-400 transition-transform group-open:rotate-90">▶</span>
        <span className="w-6 text-right tabular-nums text-slate-400">{index + 1}</span>
        <span className="font-medium text-slate-900">{project.name || '（未命名项目）'}</span>
        <span className="text-slate-500">{formatWan(project.amounts.total)} 万元</span>
        <span className="text-slate-500">{project.indicators.length} 项指标</span>
        {project.layout && project.line !== undefined && (
          <span className="text-xs text-slate-400">
            {LAYOUT_NAMES[project.layout]} · 始于{describeSource(project.line, project.source)}
          </span>
        )}
        {warnings.length > 0 && <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{warnings.length} 条提示</span>}
      </summary>
      {open && (
        <div className="flex flex-col gap-3 border-t border-slate-100 px-4 py-3">
          {warnings.length > 0 && (
            <ul className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900">
              {warnings.map((w, i) => (
                <li key={i}>
                  {describeSource(w.line, w.source)}：{w.message}
                </li>
              ))}
            </ul>
          )}
          <ProjectFields project={project} onEdit={(patch) => dispatch({ type: 'edit-project', project: index, patch })} />
          <div className="overflow-x-auto">
            <table className="w-full min-w-[960px] table-fixed text-left">
              <colgroup>
                <col className="w-10" />
                <col />
                <col className="w-28" />
                <col className="w-20" />
                <col className="w-24" />
                <col className="w-24" />
                <col className="w-20" />
                <col className="w-24" />
                <col className="w-20" />
              </colgroup>
              <thead className="text-xs text-slate-500">
                <tr>
                  {HEADERS.map((h) => (
                    <th key={h} className="px-2 py-1 font-medium">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {project.indicators.map((indicator, i) => (
                  <IndicatorRow
                    key={i}
                    indicator={indicator}
                    canSplit={i > 0}
                    onEdit={(patch) => dispatch({ type: 'edit-indicator', project: index, indicator: i, patch })}
                    onSplit={(name) => dispatch({ type: 'split-project', project: index, indicator: i, name })}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {index > 0 && (
            <div>
              <Button type="button" variant="secondary" onClick={() => {
                  dispatch({ type: 'merge-with-previous', project: index });
                  setOpen(false);
                  openProject(index - 1);
                }}>
                与上一项目合并
              </Button>
              <span className="ml-2 text-xs text-slate-500">指标接在上一项目之后重新编号，绩效目标相连，金额沿用上一项目。</span>
            </div>
          )}
        </div>
      )}
    </details>
  );
});
