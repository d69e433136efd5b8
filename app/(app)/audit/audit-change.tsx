import { changedKeys } from '@/lib/audit/changes';
import { fieldLabel } from '@/lib/audit/labels';

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="min-w-0 flex-1">
      <p className="mb-1 text-xs font-medium text-slate-500">{label}</p>
      <pre className="max-h-80 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 font-mono text-xs text-slate-800">
        {value == null ? '（无）' : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

/** A record's before and after, collapsed behind a one-line summary of what changed. */
export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  if (before == null && after == null) return <span className="text-slate-400">—</span>;
  const keys = [...new Set(changedKeys(before, after).map(fieldLabel))];
  const summary =
    keys.length > 0 ? `修改了 ${keys.slice(0, 4).join('、')}${keys.length > 4 ? ` 等 ${keys.length} 项` : ''}` : before == null ? '查看内容' : '查看修改前后';
  return (
    <details>
      <summary className="cursor-pointer text-blue-800">{summary}</summary>
      <div className="mt-2 flex gap-2">
        {before != null && <Json label="修改前" value={before} />}
        <Json label={before == null ? '内容' : '修改后'} value={after} />
      </div>
    </details>
  );
}
