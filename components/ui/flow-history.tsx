import { formatTimestamp } from '@/lib/format/timestamp';

/** One line of a 流转记录: when, who, what step, and its comment or change. */
export interface FlowEvent {
  id: number;
  at: string;
  who: string;
  step: string;
  text: string;
}

/** 流转记录 (a 自评's or a project's in a round): who did what, when, with the comment; newest first. */
export function FlowHistory({ events, empty }: { events: FlowEvent[]; empty: string }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <ol aria-label="流转记录" className="flex flex-col gap-1 text-sm">
      {[...events].reverse().map((e) => (
        <li key={e.id} className="flex flex-wrap gap-x-2 border-b border-slate-100 py-1">
          <span className="whitespace-nowrap text-slate-500">{formatTimestamp(e.at)}</span>
          <span className="whitespace-nowrap font-medium text-slate-700">
            {e.who} · {e.step}
          </span>
          {e.text && <span className="text-slate-800">{e.text}</span>}
        </li>
      ))}
    </ol>
  );
}
