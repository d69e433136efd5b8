'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { POSSIBILITIES, QUALITATIVE_STATUSES } from '@/lib/monitoring/types';
import { formatNumber, formatPeriod } from '@/lib/format/number';
import { entryUnits } from '@/lib/target-value';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../../use-form-action';
import { saveEntryAction } from './actions';
import { DeviationFields } from './deviation-fields';

interface CurrentEntry {
  id: number;
  period: string;
  value: number | null;
  status: string | null;
  unit: string | null;
}

interface Props {
  indicator: { id: number; name: string; mode: 'cumulative' | 'level'; kind: 'quantitative' | 'qualitative'; unit: string | null };
  year: number;
  defaultPeriod: string;
  forecastPrefill: number | null;
  current: CurrentEntry[];
  deviationReasons: string[];
  disabled: boolean;
}

export function EntryForm({ indicator, year, defaultPeriod, forecastPrefill, current, deviationReasons, disabled }: Props) {
  const { state, pending, ref, onSubmit } = useFormAction(saveEntryAction, { resetOnSuccess: true });
  const [period, setPeriod] = useState(defaultPeriod);
  const existing = current.find((c) => c.period === period);
  const id = (name: string) => `${name}-${indicator.id}`;
  const valueLabel = indicator.mode === 'cumulative' ? '本月完成' : '截至本月';
  // An actual may be entered in another scale of the target's unit (万元 for a target in 亿元); it is converted.
  const units = entryUnits(indicator.unit);
  const needsDeviation = Boolean(state.fieldErrors.reasons?.length);

  return (
    <form
      ref={ref}
      aria-label={`填报 ${indicator.name}`}
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        const replacing = existing && `${formatPeriod(period)}已有填报（${existing.status ?? formatNumber(existing.value, existing.unit)}），确定替换吗？原记录将保留在历史中。`;
        if (replacing && !window.confirm(replacing)) return e.preventDefault();
        onSubmit(e);
      }}
    >
      {disabled && <p className="rounded bg-slate-100 px-2 py-1 text-xs text-slate-600">只有该项目的负责人可以填报，您可以查看。</p>}
      <fieldset disabled={disabled || pending} className="flex flex-col gap-3">
        <input type="hidden" name="indicatorId" value={indicator.id} />
        <input type="hidden" name="expectedEntryId" value={existing?.id ?? ''} />
        <div className="grid grid-cols-2 gap-3">
          <Field label="填报月份" htmlFor={id('period')}>
            <select id={id('period')} name="period" value={period} onChange={(e) => setPeriod(e.target.value)} className={inputClass}>
              {Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).map((p) => (
                <option key={p} value={p}>
                  {formatPeriod(p)}
                  {current.some((c) => c.period === p) ? '（已填）' : ''}
                </option>
              ))}
            </select>
          </Field>
          {indicator.kind === 'qualitative' ? (
            <Field label="完成情况" htmlFor={id('status')} errors={state.fieldErrors.status}>
              <select id={id('status')} name="status" defaultValue="" className={inputClass}>
                <option value="">请选择</option>
                {QUALITATIVE_STATUSES.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </Field>
          ) : (
            <Field label={units.length > 1 ? valueLabel : `${valueLabel}（${indicator.unit ?? '无单位'}）`} htmlFor={id('value')} errors={state.fieldErrors.value} hint={indicator.mode === 'cumulative' ? '填写本月新增的数量，系统按月累计' : '填写截至本月末的数值'}>
              <div className="flex gap-2">
                <input id={id('value')} name="value" inputMode="decimal" autoComplete="off" className={`${inputClass} min-w-0 flex-1`} />
                {units.length > 1 && (
                  <select name="unit" aria-label="填报单位" defaultValue={indicator.unit ?? ''} className={inputClass}>
                    {units.map((u) => (
                      <option key={u}>{u}</option>
                    ))}
                  </select>
                )}
              </div>
            </Field>
          )}
        </div>
        {indicator.kind === 'quantitative' && (
          <Field label={`全年预计完成值（${indicator.unit ?? '无单位'}）`} htmlFor={id('forecast')} errors={state.fieldErrors.forecast}>
            <input id={id('forecast')} name="forecast" inputMode="decimal" defaultValue={forecastPrefill ?? ''} className={inputClass} />
          </Field>
        )}
        <DeviationFields idPrefix={id('dev')} reasons={deviationReasons} possibilities={POSSIBILITIES} required={needsDeviation} />
        <Field label="备注" htmlFor={id('note')} errors={state.fieldErrors.note}>
          <textarea id={id('note')} name="note" rows={2} maxLength={2000} className={inputClass} />
        </Field>
        <FormMessage state={state} />
        <div>
          <Button type="submit">{pending ? '保存中…' : existing ? '替换该月填报' : '保存填报'}</Button>
        </div>
      </fieldset>
    </form>
  );
}
