import Link from 'next/link';
import type { TargetChangeInContext } from '@/db/queries/target-changes';
import { formatTimestamp } from '@/lib/format/timestamp';
import { describeTargetFields, TARGET_CHANGE_STATUS_LABELS } from '@/lib/target-change/fields';

/** The latest decided changes, newest first: what was changed, by whom, and the approver's comment. */
export function RecentDecisions({ changes }: { changes: TargetChangeInContext[] }) {
  if (changes.length === 0) return null;
  return (
    <section aria-label="最近处理" className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <h2 className="border-b border-slate-200 px-3 py-2 text-base font-semibold">最近处理</h2>
      <table className="w-full min-w-[48rem] text-sm">
        <thead className="bg-slate-100 text-left text-slate-700">
          <tr>
            <th className="px-3 py-2 font-medium">结果</th>
            <th className="px-3 py-2 font-medium">项目 / 指标</th>
            <th className="px-3 py-2 font-medium">调整</th>
            <th className="px-3 py-2 font-medium">申请 / 审批</th>
            <th className="px-3 py-2 font-medium">意见</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.id} className="border-t border-slate-100 align-top">
              <td className="whitespace-nowrap px-3 py-2">{c.proposedBy === c.decidedBy ? '直接设定' : TARGET_CHANGE_STATUS_LABELS[c.status]}</td>
              <td className="px-3 py-2">
                <Link href={`/projects/${c.indicator.projectId}#indicator-${c.indicator.id}`} className="text-blue-800 hover:underline">
                  {c.projectName}
                </Link>
                <span className="block text-slate-600">{c.indicator.name}</span>
              </td>
              <td className="px-3 py-2">
                {describeTargetFields(c.before)} → {describeTargetFields(c.proposed)}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-xs text-slate-600">
                {c.proposerName} · {formatTimestamp(c.proposedAt)}
                <br />
                {c.deciderName} · {formatTimestamp(c.decidedAt!)}
              </td>
              <td className="px-3 py-2 text-slate-600">{c.comment || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
