import { Field, fieldAria, inputClass } from '@/components/ui/field';
import { POSSIBILITIES } from '@/lib/monitoring/types';

interface Props {
  idPrefix: string;
  reasons: readonly string[];
  /** The entry as typed would be red or yellow: the fields open by themselves and are marked required. */
  required: boolean;
  errors: Record<string, string[] | undefined>;
  maxLength: number;
}

/** 偏差原因 / 原因说明 / 完成目标可能性: required when the entry would be red or yellow, each with its own errors. */
export function DeviationFields({ idPrefix, reasons, required, errors, maxLength }: Props) {
  const failed = Boolean(errors.reasons || errors.explanation || errors.possibility);
  const open = required || failed;
  return (
    <details open={open} className={`rounded border p-2 ${open ? 'border-amber-300 bg-amber-50/50' : 'border-slate-200'}`}>
      <summary className="cursor-pointer text-sm font-medium text-slate-700">
        偏差说明{required ? '（按此数值为红灯或黄灯，必填）' : '（红灯、黄灯时必填）'}
      </summary>
      <div className="mt-2 flex flex-col gap-3">
        <fieldset aria-describedby={errors.reasons ? `${idPrefix}-reasons-errors` : undefined}>
          <legend className="text-sm font-medium text-slate-700">
            偏差原因{required && <span className="text-red-700"> *</span>}
          </legend>
          <div className="mt-1 flex flex-wrap gap-3 text-sm">
            {reasons.map((r) => (
              <label key={r} className="flex items-center gap-1">
                <input type="checkbox" name="reasons" value={r} />
                {r}
              </label>
            ))}
          </div>
          {errors.reasons && (
            <div id={`${idPrefix}-reasons-errors`}>
              {errors.reasons.map((e) => (
                <p key={e} className="text-xs text-red-700">
                  {e}
                </p>
              ))}
            </div>
          )}
        </fieldset>
        <Field label={required ? '原因说明 *' : '原因说明'} htmlFor={`${idPrefix}-explanation`} errors={errors.explanation}>
          <textarea
            id={`${idPrefix}-explanation`}
            name="explanation"
            rows={2}
            maxLength={maxLength}
            aria-required={required}
            className={inputClass}
            {...fieldAria(`${idPrefix}-explanation`, errors.explanation)}
          />
        </Field>
        <Field label={required ? '完成目标可能性 *' : '完成目标可能性'} htmlFor={`${idPrefix}-possibility`} errors={errors.possibility}>
          <select
            id={`${idPrefix}-possibility`}
            name="possibility"
            defaultValue=""
            aria-required={required}
            className={inputClass}
            {...fieldAria(`${idPrefix}-possibility`, errors.possibility)}
          >
            <option value="">请选择</option>
            {POSSIBILITIES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </Field>
      </div>
    </details>
  );
}
