import { formatNumber, formatPeriod } from '@/lib/format/number';
import { formatTimestamp } from '@/lib/format/timestamp';
import type { EntryWithAuthor } from '@/db/queries/indicators';

export function EntryHistory({ history }: { history: EntryWithAuthor[] }) {
  if (history.length === 0) return <p className="text-sm text-slate-500">尚无填报记录。</p>;
  return (
    <div className="overflow-x-auto">
    <table className="w-full min-w-[28rem] text-xs">
      <caption className="mb-1 text-left text-sm font-medium text-slate-700">填报历史</caption>
      <thead className="text-left text-slate-500">
        <tr>
          <th className="py-1">月份</th>
          <th>完成值</th>
          <th>偏差原因与说明</th>
          <th>填报人 / 时间</th>
        </tr>
      </thead>
      <tbody>
        {[...history].reverse().map((h) => (
          <tr key={h.id} className={`border-t border-slate-100 align-top ${h.supersededAt ? 'text-slate-400 line-through' : ''}`}>
            <td className="whitespace-nowrap py-1 pr-2">{formatPeriod(h.period)}</td>
            <td className="whitespace-nowrap pr-2 tabular-nums">{h.status ?? formatNumber(h.value, h.unit)}</td>
            <td>
              {h.reasons.length > 0 && <span className="mr-1 rounded bg-amber-50 px-1 text-amber-900">{h.reasons.join('、')}</span>}
              {h.explanation}
              {h.possibility && <span className="ml-1 text-slate-500">（{h.possibility}）</span>}
              {h.note && <span className="block text-slate-500">备注：{h.note}</span>}
              {h.confirmedWarnings.length > 0 && <span className="block text-amber-800">经填报人确认：{h.confirmedWarnings.join('；')}</span>}
            </td>
            <td className="whitespace-nowrap text-slate-500">
              {h.displayName}
              <br />
              {formatTimestamp(h.createdAt)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
