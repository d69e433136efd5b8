import { SELF_EVALUATION_STATUS_LABELS, type SelfEvaluationStatus } from '@/lib/self-evaluation/vocabulary';

const STYLES: Record<SelfEvaluationStatus, string> = {
  draft: 'border-slate-300 bg-slate-50 text-slate-700',
  submitted: 'border-blue-200 bg-blue-50 text-blue-800',
  approved: 'border-green-200 bg-green-50 text-green-800',
  returned: 'border-amber-200 bg-amber-50 text-amber-900',
};

/** 草稿 / 已提交 / 已通过 / 已退回, in words (colour only repeats them). */
export function SelfEvaluationStatusBadge({ status }: { status: SelfEvaluationStatus }) {
  return (
    <span data-status={status} className={`inline-flex whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${STYLES[status]}`}>
      {SELF_EVALUATION_STATUS_LABELS[status]}
    </span>
  );
}
