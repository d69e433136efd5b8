import type { AuditRecord } from '@/db/schema';
import { actionLabel, entityLabel } from '@/lib/audit/labels';
import { formatTimestamp } from '@/lib/format/timestamp';
import { AuditChange } from './audit-change';

const TH = 'px-3 py-2 text-left font-medium';

export function AuditTable({ records, total }: { records: AuditRecord[]; total: number }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <p className="border-b border-slate-200 px-3 py-2 text-sm text-slate-700">共 {total} 条记录，最新的在前</p>
      <table className="w-full text-sm">
        <caption className="sr-only">审计记录</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th className={`${TH} w-44`}>时间</th>
            <th className={`${TH} w-28`}>用户</th>
            <th className={`${TH} w-48`}>操作</th>
            <th className={`${TH} w-40`}>对象</th>
            <th className={TH}>修改前后</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {records.map((r) => (
            <tr key={r.id}>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">
                <time dateTime={r.at}>{formatTimestamp(r.at)}</time>
              </td>
              <td className="px-3 py-2 font-mono text-xs">{r.username ?? <span className="font-sans text-slate-400">（未登录）</span>}</td>
              <td className="px-3 py-2">
                {actionLabel(r.action)}
                <span className="block font-mono text-xs text-slate-400">{r.action}</span>
              </td>
              <td className="px-3 py-2">
                {entityLabel(r.entity)}
                {r.entityId && <span className="ml-1 font-mono text-xs text-slate-500">#{r.entityId}</span>}
              </td>
              <td className="px-3 py-2">
                <AuditChange before={r.before} after={r.after} />
              </td>
            </tr>
          ))}
          {records.length === 0 && (
            <tr>
              <td colSpan={5} className="px-3 py-8 text-center text-slate-500">
                没有符合条件的记录
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
