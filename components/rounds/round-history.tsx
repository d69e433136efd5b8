import { formatTimestamp } from '@/lib/format/timestamp';
import { ROUND_EVENT_LABELS, type RoundEventKind } from '@/lib/rounds/vocabulary';

export interface RoundHistoryEvent {
  id: number;
  kind: RoundEventKind;
  comment: string;
  at: string;
  userName: string;
}

/** 流转记录 of a project in a round: who did what, when, with the comment; newest first. */
export function RoundHistory({ events }: { events: RoundHistoryEvent[] }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">本轮尚无流转记录。</p>;
  return (
    <ol aria-label="流转记录" className="flex flex-col gap-1 text-sm">
      {[...events].reverse().map((e) => (
        <li key={e.id} className="flex flex-wrap gap-x-2 border-b border-slate-100 py-1">
          <span className="whitespace-nowrap text-slate-500">{formatTimestamp(e.at)}</span>
          <span className="whitespace-nowrap font-medium text-slate-700">
            {e.userName} · {ROUND_EVENT_LABELS[e.kind]}
          </span>
          {e.comment && <span className="text-slate-800">{e.comment}</span>}
        </li>
      ))}
    </ol>
  );
}
