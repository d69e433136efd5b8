import { Field, inputClass } from '@/components/ui/field';

/** 偏差原因 / 原因说明 / 完成目标可能性: required when the entry would be red or yellow. */
export function DeviationFields({
  idPrefix,
  reasons,
  possibilities,
  required,
}: {
  idPrefix: string;
  reasons: string[];
  possibilities: readonly string[];
  required: boolean;
}) {
  return (
    <details open={required} className={`rounded border p-2 ${required ? 'border-red-300 bg-red-50/40' : 'border-slate-200'}`}>
      <summary className="cursor-pointer text-sm font-medium text-slate-700">偏差说明（红灯、黄灯时必填）</summary>
      <div className="mt-2 flex flex-col gap-3">
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">偏差原因</legend>
          <div className="mt-1 flex flex-wrap gap-3 text-sm">
            {reasons.map((r) => (
              <label key={r} className="flex items-center gap-1">
                <input type="checkbox" name="reasons" value={r} />
                {r}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label="原因说明" htmlFor={`${idPrefix}-explanation`}>
          <textarea id={`${idPrefix}-explanation`} name="explanation" rows={2} maxLength={2000} className={inputClass} />
        </Field>
        <Field label="完成目标可能性" htmlFor={`${idPrefix}-possibility`}>
          <select id={`${idPrefix}-possibility`} name="possibility" defaultValue="" className={inputClass}>
            <option value="">请选择</option>
            {possibilities.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </Field>
      </div>
    </details>
  );
}
