'use client';

import type { ImportPreview } from '@/lib/target-table';
import { formatWan } from '@/lib/format/number';
import { inputClass } from '@/components/ui/field';

/** The formats the importer tells from a file's content, as users know them. */
const FORMAT_NAMES: Record<string, string> = {
  pdf: 'PDF', docx: 'Word（.docx）', doc: 'Word 97–2003（.doc）', xlsx: 'Excel（.xlsx）', xls: 'Excel 97–2003（.xls）', html: '网页表格（HTML）', text: '文本',
};

interface Props {
  preview: ImportPreview;
  department: string;
  year: string;
  formId: string;
  onDepartment: (value: string) => void;
  onYear: (value: string) => void;
}

/** Where the table goes (department and year, both editable) and what it holds. */
export function PreviewSummary({ preview, department, year, formId, onDepartment, onYear }: Props) {
  const indicatorCount = preview.projects.reduce((n, p) => n + p.indicators.length, 0);
  const projectTotal = preview.projects.reduce((sum, p) => sum + (p.amounts.total ?? 0), 0);
  const figures = [
    ['项目', `${preview.projects.length} 个`, 'preview-project-count'],
    ['绩效指标', `${indicatorCount} 项`, 'preview-indicator-count'],
    ['识别提示', `${preview.warnings.length} 条`, 'preview-warning-count'],
    ['合计行总计', `${formatWan(preview.totals.total)} 万元`, 'preview-total'],
    ['各项目总计之和', `${formatWan(projectTotal)} 万元`, 'preview-project-total'],
  ];
  return (
    <section aria-label="预览摘要" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="mb-1 text-base font-semibold">{preview.title || '项目支出绩效目标表'}</h2>
      {preview.layout && (
        <p className="mb-3 text-sm text-slate-600" data-testid="preview-layout">
          识别为：<span className="font-medium text-slate-900">{preview.layout.label}</span>
          <span className="ml-2 text-xs text-slate-500">
            {FORMAT_NAMES[preview.format ?? ''] ?? preview.format}
            {preview.format ? ' · ' : ''}依据：{preview.layout.evidence}
          </span>
        </p>
      )}
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          部门名称
          <input form={formId} required maxLength={100} value={department} onChange={(e) => onDepartment(e.target.value)} className={`${inputClass} w-72`} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
          预算年度
          <input form={formId} required type="number" min={2000} max={2100} step={1} value={year} onChange={(e) => onYear(e.target.value)} className={`${inputClass} w-28`} />
          {year === '' && <span className="text-xs font-normal text-amber-700">表中未写明年度，请填写</span>}
        </label>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          {figures.map(([label, value, testId]) => (
            <div key={label} className="flex flex-col">
              <dt className="text-xs text-slate-500">{label}</dt>
              <dd data-testid={testId} className="font-medium tabular-nums">
                {value}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
