import type { Indicator } from '@/db/schema';
import { formatNumber } from '@/lib/format/number';
import { formatScore } from '@/lib/format/score';
import { qualitativeBandPoints } from '@/lib/monitoring/scoring';
import { describeLineChange } from '@/lib/self-evaluation/edits';
import type { SheetLine } from '@/lib/self-evaluation/sheet';
import { SELF_EVALUATION_FLAG_LABELS } from '@/lib/self-evaluation/vocabulary';
import type { SelfEvaluationWarning } from '@/lib/self-evaluation/warnings';
import type { AttachmentView } from '@/lib/attachments/types';
import { targetText } from '@/server/exports/indicator-row';
import { LineAttachments } from './line-attachments';
import { LineForm } from './line-form';

interface Props {
  line: SheetLine;
  indicator: Indicator | undefined;
  warnings: SelfEvaluationWarning[];
  projectId: number;
  canEdit: boolean;
  maxText: number;
  /** The indicator's 佐证材料: the line's own (period null) and its entries'. */
  attachments: AttachmentView[];
}

function actualText(line: SheetLine): string {
  if (line.target.kind === 'qualitative') return line.status ?? '未填报';
  return line.actual === null ? '未填报' : formatNumber(line.actual, line.target.unit);
}

function Figure({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className="flex flex-col">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className={`tabular-nums ${strong ? 'text-base font-semibold text-slate-900' : 'text-sm text-slate-800'}`}>{value}</dd>
    </div>
  );
}

/** One line of the 自评表: its target, the year's actual, 分值 and 得分 beside the draft, marks, and the owner's edit. */
export function LineCard({ line, indicator, warnings, projectId, canEdit, maxText, attachments }: Props) {
  const change = describeLineChange(line);
  const band = line.target.kind === 'qualitative' && line.status && !line.notApplicable ? { ...qualitativeBandPoints(line.status, line.weight), score: line.changed ? line.score : null } : null;
  return (
    <article id={`line-${line.indicatorId}`} aria-labelledby={`line-title-${line.indicatorId}`} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`line-title-${line.indicatorId}`} className="font-medium text-slate-900">
          {line.name}
        </h3>
        <span className="text-xs text-slate-500">
          {[indicator?.category ?? line.category, indicator?.subcategory].filter(Boolean).join(' · ')}
        </span>
      </header>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-5">
        <Figure label="年度指标值" value={indicator ? targetText(indicator) : '—'} />
        <Figure label="实际完成值" value={actualText(line)} />
        <Figure label="分值" value={formatScore(line.weight)} />
        <Figure label="得分" value={line.notApplicable ? '不适用' : formatScore(line.score)} strong />
        <Figure label="草稿得分" value={formatScore(line.draftScore)} />
      </dl>
      {change && <p className="mt-2 rounded bg-blue-50 px-2 py-1 text-sm text-blue-900">{change}</p>}
      {line.flags.map((flag) => (
        <p key={flag} data-flag={flag} className={`mt-2 text-sm ${flag === 'review' ? 'text-amber-800' : 'text-slate-600'}`}>
          {flag === 'review' ? '⚑ ' : '· '}
          {SELF_EVALUATION_FLAG_LABELS[flag]}
        </p>
      ))}
      {warnings.map((w) => (
        <p key={w.code} className="mt-2 text-sm text-amber-800">
          ⚠ {w.message}
        </p>
      ))}
      {line.analysis && (
        <p className="mt-2 whitespace-pre-line text-sm text-slate-700">
          <span className="text-slate-500">偏差原因分析及改进措施：</span>
          {line.analysis}
        </p>
      )}
      <LineAttachments
        projectId={projectId}
        indicatorId={line.indicatorId}
        name={line.name}
        items={attachments.filter((a) => a.period === null)}
        fromEntries={attachments.filter((a) => a.period !== null).length}
        canEdit={canEdit}
      />
      {canEdit && (
        <details className="no-print mt-2">
          <summary className="cursor-pointer text-sm text-blue-800">修改本行</summary>
          <div className="mt-2">
            <LineForm projectId={projectId} indicatorId={line.indicatorId} notApplicable={line.notApplicable} reason={line.reason} analysis={line.analysis} band={band} maxText={maxText} />
          </div>
        </details>
      )}
    </article>
  );
}
