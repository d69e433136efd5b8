import { FlowHistory } from '@/components/ui/flow-history';
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
  const lines = events.map((e) => ({ id: e.id, at: e.at, who: e.userName, step: ROUND_EVENT_LABELS[e.kind], text: e.comment }));
  return <FlowHistory events={lines} empty="本轮尚无流转记录。" />;
}
