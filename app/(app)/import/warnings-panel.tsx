'use client';

import { describeSource, type ImportWarning, type PreviewProject } from '@/lib/target-table';
import { openProject } from './project-card';

export interface LinkedWarning {
  warning: ImportWarning;
  /** The project it concerns, when its message names one. */
  project: number | null;
}

/** The importer's warnings by source line, each with a jump to the project it concerns. */
export function WarningsPanel({ warnings, projects }: { warnings: LinkedWarning[]; projects: PreviewProject[] }) {
  if (warnings.length === 0) {
    return <p className="rounded-lg border border-green-200 bg-green-50 px-4 py-2 text-sm text-green-800">识别过程没有提示，请仍逐项核对。</p>;
  }
  return (
    <section aria-label="识别提示" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 className="text-base font-semibold text-amber-950">识别提示（{warnings.length}）</h2>
      <p className="mb-2 text-xs text-amber-900">导入程序对以下内容做了推断或修补，请逐条核对；点击项目名可跳到该项目修正。</p>
      <ol className="flex max-h-72 flex-col gap-1.5 overflow-y-auto pr-1 text-sm">
        {warnings.map(({ warning, project }, i) => (
          <li key={i} className="flex gap-2 rounded bg-white/70 px-2 py-1">
            <span className="shrink-0 rounded bg-amber-200 px-1.5 text-xs leading-5 font-medium text-amber-950 tabular-nums">{describeSource(warning.line, warning.source)}</span>
            <span className="text-amber-950">
              {warning.message}
              {project !== null && (
                <button type="button" onClick={() => openProject(project)} className="ml-1.5 text-xs text-blue-800 underline hover:text-blue-950">
                  → {projects[project].name}
                </button>
              )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
