import Link from 'next/link';
import type { AuditSubject } from '@/db/queries/audit-subjects';
import type { AuditRecord } from '@/db/schema';
import { actionLabel, entityLabel } from '@/lib/audit/labels';
import { formatTimestamp } from '@/lib/format/timestamp';
import { AuditChange } from './audit-change';

const TH = 'px-3 py-2 text-left font-medium';
const CHANNELS: Record<string, string> = { session: '网页', token: '接口令牌', cli: '命令行', system: '系统' };

function Origin({ record }: { record: AuditRecord }) {
  const channel = record.channel ? (CHANNELS[record.channel] ?? record.channel) : null;
  if (!channel && !record.ip) return null;
  return (
    <span className="block text-xs text-slate-500">
      {channel}
      {record.tokenName && `「${record.tokenName}」`}
      {record.ip && ` · ${record.ip}`}
    </span>
  );
}

function Subject({ record, subject }: { record: AuditRecord; subject: AuditSubject | undefined }) {
  const kind = entityLabel(record.entity);
  if (!record.entityId) return <>{kind}</>;
  if (!subject) {
    return (
      <>
        {kind}
        <span className="ml-1 text-xs text-slate-500">#{record.entityId}{/^\d+$/.test(record.entityId) && ['indicator', 'project'].includes(record.entity) ? '（已删除）' : ''}</span>
      </>
    );
  }
  return (
    <>
      <span className="block text-xs text-slate-500">{kind}</span>
      {subject.href ? (
        <Link href={subject.href} className="text-blue-800 hover:underline">
          {subject.label}
        </Link>
      ) : (
        subject.label
      )}
    </>
  );
}

export function AuditTable({ records, total, subjects }: { records: AuditRecord[]; total: number; subjects: Map<string, AuditSubject> }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <p className="border-b border-slate-200 px-3 py-2 text-sm text-slate-700">共 {total} 条记录，最新的在前</p>
      <table className="w-full min-w-[48rem] text-sm">
        <caption className="sr-only">审计记录</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th className={`${TH} w-40`}>时间</th>
            <th className={`${TH} w-36`}>用户</th>
            <th className={`${TH} w-40`}>操作</th>
            <th className={`${TH} w-56`}>对象</th>
            <th className={TH}>修改前后</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {records.map((r) => (
            <tr key={r.id}>
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">
                <time dateTime={r.at}>{formatTimestamp(r.at)}</time>
              </td>
              <td className="px-3 py-2">
                <span className="font-mono text-xs">{r.username ?? <span className="font-sans text-slate-400">（未登录）</span>}</span>
                <Origin record={r} />
              </td>
              <td className="px-3 py-2">{actionLabel(r.action)}</td>
              <td className="px-3 py-2">
                <Subject record={r} subject={subjects.get(`${r.entity}:${r.entityId}`)} />
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
