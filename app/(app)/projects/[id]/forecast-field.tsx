'use client';

import { useState } from 'react';
import { Field, fieldAria, inputClass } from '@/components/ui/field';
import { formatNumber } from '@/lib/format/number';

interface Props {
  id: string;
  unitText: string;
  /** The forecast of the entry being replaced; a new month starts empty. */
  initial: number | null;
  suggestion: number | null;
  errors?: string[];
}

/** 全年预计完成值: empty for a new month, with the suggested figure beside it to take with one click. */
export function ForecastField({ id, unitText, initial, suggestion, errors }: Props) {
  const [forecast, setForecast] = useState(initial === null ? '' : String(initial));
  return (
    <Field label={`全年预计完成值（${unitText}）`} htmlFor={id} errors={errors}>
      <div className="flex flex-wrap items-center gap-2">
        <input id={id} name="forecast" value={forecast} onChange={(e) => setForecast(e.target.value)} inputMode="decimal" autoComplete="off" className={`${inputClass} w-40`} {...fieldAria(id, errors)} />
        {suggestion !== null && String(suggestion) !== forecast && (
          <button type="button" onClick={() => setForecast(String(suggestion))} className="rounded border border-slate-300 px-2 py-1 text-xs text-blue-800 hover:bg-slate-100">
            按进度推算：{formatNumber(suggestion)}，点击填入
          </button>
        )}
      </div>
    </Field>
  );
}
