import type { TargetChangeWithPeople } from '@/db/queries/target-changes';
import { formatTimestamp } from '@/lib/format/timestamp';
import { describeTargetFields, TARGET_CHANGE_STATUS_LABELS } from '@/lib/target-change/fields';

const BADGES = {
  approved: 'bg-green-50 text-green-800 border-green-200',
  rejected: 'bg-slate-100 text-slate-600 border-slate-300',
} as const;

function Change({ change }: { change: TargetChangeWithPeople & { status: 'approved' | 'rejected' } }) {
  const direct = change.proposedBy === change.decidedBy;
  return (
    <li className={`rounded border border-slate-100 p-2 ${change.status === 'rejected' ? 'text-slate-500' : ''}`}>
      <p>
        <span className={`mr-1.5 rounded border px-1 py-0.5 text-[11px] ${BADGES[change.status]}`}>
          {direct ? '管理员直接设定' : TARGET_CHANGE_STATUS_LABELS[change.status]}
        </span>
        {describeTargetFields(change.before)} → <span className={change.status === 'approved' ? 'font-medium text-slate-900' : ''}>{describeTargetFields(change.proposed)}</span>
      </p>
      <p className="mt-1 break-words">理由：{change.reason}</p>
      <p className="mt-0.5 text-slate-500">
        {direct ? `${change.deciderName} · ${formatTimestamp(change.decidedAt!)}` : `申请：${change.proposerName} · ${formatTimestamp(change.proposedAt)}；审批：${change.deciderName} · ${formatTimestamp(change.decidedAt!)}`}
        {change.comment && `；意见：${change.comment}`}
      </p>
    </li>
  );
}

/** The 年度指标值 as the table writes it, then every decided change, oldest first (rejected ones marked). */
export function TargetHistory({ targetText, changes }: { targetText: string; changes: TargetChangeWithPeople[] }) {
  const decided = changes.filter((c): c is TargetChangeWithPeople & { status: 'approved' | 'rejected' } => c.status !== 'pending');
  if (decided.length === 0) return null;
  return (
    <details className="mt-3 border-t border-slate-100 pt-2">
      <summary className="cursor-pointer text-sm text-slate-600">目标调整记录（{decided.length}）</summary>
      <ol aria-label="目标调整记录" className="mt-2 flex flex-col gap-1.5 text-xs text-slate-700">
        <li className="p-2">
          目标表原文（导入）：<span className="font-medium">「{targetText || '（空）'}」</span>
        </li>
        {decided.map((change) => (
          <Change key={change.id} change={change} />
        ))}
      </ol>
    </details>
  );
}
