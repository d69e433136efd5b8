'use client';

import { useCallback, useMemo, useReducer, useState, useTransition } from 'react';
import { applyPreviewEdit, type PreviewEdit } from '@/lib/target-table/edit-preview';
import { warningProject } from '@/lib/target-table/warning-links';
import type { ImportPreview, ImportWarning } from '@/lib/target-table';
import { confirmImportAction, type ConfirmActionResult } from './actions';
import { ConfirmPanel, type ConfirmChoice } from './confirm-panel';
import { PreviewSummary } from './preview-summary';
import { ProjectCard } from './project-card';
import { WarningsPanel } from './warnings-panel';

const FORM_ID = 'import-confirm';
const NO_WARNINGS: ImportWarning[] = [];

interface Props {
  initial: ImportPreview;
  initialYear: number | null;
}

/** The editable preview: summary, warnings, projects; then confirm and the outcome. */
export function PreviewEditor({ initial, initialYear }: Props) {
  const [preview, edit] = useReducer(applyPreviewEdit, initial);
  const [department, setDepartment] = useState(initial.department);
  const [year, setYear] = useState(initialYear === null ? '' : String(initialYear));
  const [result, setResult] = useState<ConfirmActionResult | null>(null);
  const [pending, startTransition] = useTransition();

  const linked = useMemo(() => preview.warnings.map((warning) => ({ warning, project: warningProject(preview, warning) })), [preview]);
  const byProject = useMemo(() => {
    const groups = new Map<number, ImportWarning[]>();
    for (const { warning, project } of linked) if (project !== null) groups.set(project, [...(groups.get(project) ?? []), warning]);
    return groups;
  }, [linked]);

  const dispatch = useCallback((change: PreviewEdit) => {
    edit(change);
    setResult(null);
  }, []);
  const submit = (choice: ConfirmChoice) =>
    startTransition(async () => {
      setResult(await confirmImportAction({ preview, departmentName: department, year: Number(year), ...choice }));
    });

  return (
    <div className="flex flex-col gap-4">
      <PreviewSummary
        preview={preview}
        department={department}
        year={year}
        formId={FORM_ID}
        onDepartment={(value) => {
          setDepartment(value);
          setResult(null);
        }}
        onYear={(value) => {
          setYear(value);
          setResult(null);
        }}
      />
      <WarningsPanel warnings={linked} projects={preview.projects} />
      <section aria-label="项目与指标" className="flex flex-col gap-2">
        <h2 className="text-base font-semibold">项目与指标</h2>
        <p className="-mt-1 text-xs text-slate-500">展开项目可修正名称、金额、绩效目标和每项指标的识别结果；被分页断开的项目可与上一项目合并，误合并的可从某项指标起拆分。</p>
        {preview.projects.map((project, index) => (
          <ProjectCard key={index} index={index} project={project} warnings={byProject.get(index) ?? NO_WARNINGS} dispatch={dispatch} />
        ))}
      </section>
      <ConfirmPanel formId={FORM_ID} department={department} year={year} projectCount={preview.projects.length} pending={pending} result={result} onConfirm={submit} onDismiss={() => setResult(null)} />
    </div>
  );
}
