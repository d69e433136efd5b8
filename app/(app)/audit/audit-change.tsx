import { changedFields } from '@/lib/audit/readable';

/**
 * A record's change as a table of fields in Chinese, before and after in words; the stored record itself stays one click
 * away for the auditor who needs every byte.
 */
export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  if (before == null && after == null) return <span className="text-slate-400">—</span>;
  const fields = changedFields(before, after);
  const created = before == null;
  return (
    <div className="flex flex-col gap-1">
      {fields.length > 0 && (
        <table className="w-full text-xs">
          <thead className="text-left text-slate-500">
            <tr>
              <th className="w-28 py-0.5 pr-2 font-medium">字段</th>
              {!created && <th className="py-0.5 pr-2 font-medium">修改前</th>}
              <th className="py-0.5 font-medium">{created ? '内容' : '修改后'}</th>
            </tr>
          </thead>
          <tbody>
            {fields.slice(0, 12).map((f) => (
              <tr key={f.key} className="border-t border-slate-100 align-top">
                <th scope="row" className="py-0.5 pr-2 text-left font-normal text-slate-600">{f.label}</th>
                {!created && <td className="break-all py-0.5 pr-2 text-slate-500 line-through decoration-slate-300">{f.before}</td>}
                <td className="break-all py-0.5">{f.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {fields.length > 12 && <p className="text-xs text-slate-500">另有 {fields.length - 12} 项，见原始记录</p>}
      <details>
        <summary className="cursor-pointer text-xs text-blue-800">原始记录</summary>
        <div className="mt-1 flex flex-col gap-2 md:flex-row">
          {before != null && <Raw label="修改前" value={before} />}
          <Raw label={created ? '内容' : '修改后'} value={after} />
        </div>
      </details>
    </div>
  );
}

function Raw({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="min-w-0 flex-1">
      <p className="mb-1 text-xs font-medium text-slate-500">{label}</p>
      <pre className="max-h-80 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 font-mono text-xs text-slate-800">
        {value == null ? '（无）' : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}
