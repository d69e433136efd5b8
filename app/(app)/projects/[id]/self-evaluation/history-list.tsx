import type { SelfEvaluationEventWithUser } from '@/db/queries/self-evaluations';
import { FlowHistory } from '@/components/ui/flow-history';
import { SELF_EVALUATION_EVENT_LABELS } from '@/lib/self-evaluation/vocabulary';

/** 流转记录: every change from the draft and every step, newest first. */
export function HistoryList({ events }: { events: SelfEvaluationEventWithUser[] }) {
  const lines = events.map((e) => ({ id: e.id, at: e.at, who: e.displayName, step: SELF_EVALUATION_EVENT_LABELS[e.kind], text: e.text }));
  return <FlowHistory events={lines} empty="尚无修改：以下为按全年数据计算的草稿。" />;
}
