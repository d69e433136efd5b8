import { ROUND_PROJECT_STATE_LABELS, type RoundProjectState } from '@/lib/rounds/vocabulary';

const STYLES: Record<RoundProjectState, string> = {
  pending: 'border-slate-300 bg-slate-50 text-slate-700',
  submitted: 'border-blue-200 bg-blue-50 text-blue-800',
  approved: 'border-green-200 bg-green-50 text-green-800',
  returned: 'border-amber-200 bg-amber-50 text-amber-900',
};

/** 未填报 / 已送审 / 已通过 / 已退回, in words (colour only repeats them). */
export function RoundStateBadge({ state }: { state: RoundProjectState }) {
  return (
    <span data-round-state={state} className={`inline-flex whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${STYLES[state]}`}>
      {ROUND_PROJECT_STATE_LABELS[state]}
    </span>
  );
}
