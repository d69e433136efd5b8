import type { TargetChangeWithPeople } from '@/db/queries/target-changes';
import { formatTimestamp } from '@/lib/format/timestamp';
import { changedTargetFields, describeTargetFields, TARGET_FIELD_LABELS, type TargetFields } from '@/lib/target-change/fields';

/** A proposal at a glance: the target that counts, the one asked for, what moves, why, and who asked when. */
export function ChangeSummary({ change, current }: { change: TargetChangeWithPeople; current: TargetFields }) {
  const moved = changedTargetFields(current, change.proposed).map((key) => TARGET_FIELD_LABELS[key]);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="text-slate-600">现行目标</dt>
      <dd>
        {describeTargetFields(current)}
        <span className="ml-1 text-xs text-slate-500">（灯号按此计算）</span>
      </dd>
      <dt className="text-slate-600">申请调整为</dt>
      <dd className="font-medium text-slate-900">{describeTargetFields(change.proposed)}</dd>
      {moved.length > 0 && (
        <>
          <dt className="text-slate-600">调整内容</dt>
          <dd>{moved.join('、')}</dd>
        </>
      )}
      <dt className="text-slate-600">理由</dt>
      <dd className="whitespace-pre-line break-words">{change.reason}</dd>
      <dt className="text-slate-600">申请人</dt>
      <dd>
        {change.proposerName} · {formatTimestamp(change.proposedAt)}
      </dd>
    </dl>
  );
}
