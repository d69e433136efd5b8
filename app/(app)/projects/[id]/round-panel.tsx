import Link from 'next/link';
import { RoundHistory } from '@/components/rounds/round-history';
import { RoundStateBadge } from '@/components/rounds/round-state-badge';
import { RoundStateNote } from '@/components/rounds/round-state-note';
import { Card } from '@/components/ui/card';
import { formatPeriod } from '@/lib/format/number';
import { ROUND_STATUS_LABELS } from '@/lib/rounds/vocabulary';
import type { RoundProjectView } from '@/server/rounds/round-view';
import { RoundStepForms } from '../../rounds/round-step-forms';

/** The project in its monitoring round: state, the leader's comment, what is missing, the steps, the 流转记录. */
export function RoundPanel({ view }: { view: RoundProjectView }) {
  const { round, state, comment, missing, rights } = view;
  const month = formatPeriod(round.period);
  return (
    <Card title={`${month}监控${round.official ? '（正式）' : ''}`}>
      <div className="flex flex-col gap-3" data-testid="round-panel">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-600">本轮状态</span>
          <RoundStateBadge state={state} />
          <span className="text-slate-600">
            截止 {round.deadline} · 轮次{ROUND_STATUS_LABELS[round.status]}
          </span>
          {rights.approve && (
            <Link href={`/rounds/${round.id}/projects/${view.project.id}`} className="text-blue-800 underline">
              审核本项目
            </Link>
          )}
        </p>
        {comment && (state === 'returned' || state === 'approved') && (
          <p className={`rounded border px-3 py-2 text-sm ${state === 'returned' ? 'border-amber-300 bg-amber-50 text-amber-900' : 'border-green-200 bg-green-50 text-green-900'}`} aria-label="审核意见">
            {state === 'returned' ? '退回意见：' : '审核意见：'}
            {comment}
          </p>
        )}
        <RoundStateNote state={state} period={round.period} />
        {rights.submit && missing.length === 0 && <p className="text-sm text-green-800">{month}的填报和执行数已齐全，可以送审。</p>}
        {rights.submit && missing.length > 0 && (
          <div className="text-sm text-slate-700">
            <p>送审前还需：</p>
            <ul className="ml-5 list-disc">
              {missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        )}
        <RoundStepForms roundId={round.id} projectId={view.project.id} rights={{ ...rights, approve: false, return: false }} />
        <section aria-label="本轮流转记录">
          <h3 className="mb-1 text-sm font-medium text-slate-700">流转记录</h3>
          <RoundHistory events={view.events} />
        </section>
      </div>
    </Card>
  );
}
