import type { SelfEvaluationEventWithUser } from '@/db/queries/self-evaluations';
import { formatTimestamp } from '@/lib/format/timestamp';
import { SELF_EVALUATION_EVENT_LABELS } from '@/lib/self-evaluation/vocabulary';

/** 流转记录: every change from the draft and every step, newest first. */
export function HistoryList({ events }: { events: SelfEvaluationEventWithUser[] }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">尚无修改：以下为按全年数据计算的草稿。</p>;
  return (
    <ol aria-label="流转记录" className="flex flex-col gap-1 text-sm">
      {[...events].reverse().map((e) => (
        <li key={e.id} className="flex flex-wrap gap-x-2 border-b border-slate-100 py-1">
          <span className="whitespace-nowrap text-slate-500">{formatTimestamp(e.at)}</span>
          <span className="whitespace-nowrap font-medium text-slate-700">
            {e.displayName} · {SELF_EVALUATION_EVENT_LABELS[e.kind]}
          </span>
          <span className="text-slate-800">{e.text}</span>
        </li>
      ))}
    </ol>
  );
}
