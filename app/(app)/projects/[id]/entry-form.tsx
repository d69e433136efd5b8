'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { isPeriodLocked, lockedPeriodMessage } from '@/lib/rounds/locked';
import { Field, fieldAria, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { LightBadge } from '@/components/monitoring/light-badge';
import { formatNumber, formatPeriod } from '@/lib/format/number';
import { readTypedNumber } from '@/lib/forms/typed-number';
import { previewEntry } from '@/lib/monitoring/entry-preview';
import { QUALITATIVE_STATUSES, type QualitativeStatus } from '@/lib/monitoring/types';
import { entryUnits, MEASURE_MODE_VALUE_LABELS } from '@/lib/target-value';
import { useFormAction } from '../../use-form-action';
import { saveEntryAction } from './actions';
import { DeviationFields } from './deviation-fields';
import type { EntryRules } from './entry-panel';
import { ForecastField } from './forecast-field';
import { PlausibilityConfirm } from './plausibility-confirm';

export interface CurrentEntry {
  id: number;
  period: string;
  value: number | null;
  status: QualitativeStatus | null;
  unit: string | null;
  forecast: number | null;
}

interface Props {
  indicator: { id: number; name: string; unitFromName: boolean };
  rules: EntryRules;
  year: number;
  period: string;
  lockedThrough: string | null;
  onPeriod: (period: string) => void;
  existing: CurrentEntry | null;
  others: CurrentEntry[];
  onSaved: (message: string) => void;
}

export function EntryForm({ indicator, rules, year, period, lockedThrough, onPeriod, existing, others, onSaved }: Props) {
  const { state, pending, onSubmit } = useFormAction(saveEntryAction);
  const { target, mode, settings } = rules;
  const [typed, setTyped] = useState('');
  const [unit, setUnit] = useState(target.unit);
  const [status, setStatus] = useState<QualitativeStatus | null>(null);
  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (state.savedAt && handled.current !== state.savedAt) {
      handled.current = state.savedAt;
      onSaved(state.message ?? '');
    }
  }, [state.savedAt, onSaved]);
  const read = readTypedNumber(typed);
  const draft = { value: read.ok ? read.value : null, unit, status };
  const preview = previewEntry({ ...rules, others, period, draft });
  const id = (name: string) => `${name}-${indicator.id}`;
  const valueLabel = MEASURE_MODE_VALUE_LABELS[mode];
  // An actual may be entered in another scale of the target's unit (万元 for a target in 亿元); it is converted.
  const units = entryUnits(target.unit);
  const unitText = target.unit ? `${target.unit}${indicator.unitFromName ? '，据指标名称' : ''}` : '无单位';
  const errors = state.fieldErrors;

  return (
    <form
      aria-label={`填报 ${indicator.name}`}
      className="flex flex-col gap-3"
      noValidate
      onSubmit={(e) => {
        const replacing = existing && `${formatPeriod(period)}已有填报（${existing.status ?? formatNumber(existing.value, existing.unit)}），确定替换吗？原记录将保留在历史中。`;
        if (replacing && !window.confirm(replacing)) return e.preventDefault();
        onSubmit(e);
      }}
    >
      <fieldset disabled={pending} className="flex flex-col gap-3">
        <input type="hidden" name="indicatorId" value={indicator.id} />
        <input type="hidden" name="expectedEntryId" value={existing?.id ?? ''} />
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <Field label="填报月份" htmlFor={id('period')}>
            <select id={id('period')} name="period" value={period} onChange={(e) => onPeriod(e.target.value)} className={inputClass}>
              {Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).map((p) => (
                <option key={p} value={p}>
                  {formatPeriod(p)}
                  {p === period ? (existing ? '（已填）' : '') : others.some((c) => c.period === p) ? '（已填）' : ''}
                </option>
              ))}
            </select>
          </Field>
          {target.kind === 'qualitative' ? (
            <Field label="完成情况" htmlFor={id('status')} errors={errors.status}>
              <select id={id('status')} name="status" value={status ?? ''} onChange={(e) => setStatus((e.target.value || null) as QualitativeStatus | null)} className={inputClass} {...fieldAria(id('status'), errors.status)}>
                <option value="">请选择</option>
                {QUALITATIVE_STATUSES.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </Field>
          ) : (
            <Field
              label={units.length > 1 ? valueLabel : `${valueLabel}（${unitText}）`}
              htmlFor={id('value')}
              errors={errors.value ?? (read.ok ? undefined : [read.message])}
              hint={mode === 'cumulative' ? '填写本月新增的数量，系统按月累计' : '填写截至本月末的数值'}
            >
              <div className="flex gap-2">
                <input id={id('value')} name="value" value={typed} onChange={(e) => setTyped(e.target.value)} inputMode="decimal" autoComplete="off" className={`${inputClass} min-w-0 flex-1`} {...fieldAria(id('value'), errors.value)} />
                {units.length > 1 && (
                  <select name="unit" aria-label="填报单位" value={unit ?? ''} onChange={(e) => setUnit(e.target.value)} className={inputClass}>
                    {units.map((u) => (
                      <option key={u}>{u}</option>
                    ))}
                  </select>
                )}
              </div>
            </Field>
          )}
        </div>
        {existing && (
          <p className="text-xs text-slate-600">
            {formatPeriod(period)}已填：{existing.status ?? formatNumber(existing.value, existing.unit ?? target.unit)}；再次保存将替换它，原记录保留在历史中。
          </p>
        )}
        {preview.light && (
          <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600" data-testid="entry-preview">
            按此填报，{formatPeriod(period)}为 <LightBadge light={preview.light} />
            {preview.actual !== null && mode === 'cumulative' && <span>累计 {formatNumber(preview.actual, target.unit)}</span>}
          </p>
        )}
        <PlausibilityConfirm id={id('confirm')} warnings={preview.warnings} errors={errors.value} />
        {target.kind === 'quantitative' && (
          <ForecastField id={id('forecast')} unitText={unitText} initial={existing?.forecast ?? null} suggestion={preview.forecastSuggestion} errors={errors.forecast} />
        )}
        <DeviationFields idPrefix={id('dev')} reasons={settings.deviationReasons} required={preview.needsDeviation} errors={errors} maxLength={settings.noteMaxLength} />
        <Field label="备注" htmlFor={id('note')} errors={errors.note}>
          <textarea id={id('note')} name="note" rows={2} maxLength={settings.noteMaxLength} className={inputClass} {...fieldAria(id('note'), errors.note)} />
        </Field>
        {/* Success is said by the panel above, which outlives this form's remount after the save. */}
        {!state.ok && <FormMessage state={state} />}
        {isPeriodLocked(period, lockedThrough) && <p className="text-sm text-amber-800">{lockedPeriodMessage(lockedThrough!, '填报')}</p>}
        <div>
          <Button type="submit" disabled={isPeriodLocked(period, lockedThrough)}>{pending ? '保存中…' : existing ? `替换${formatPeriod(period)}的填报` : `保存${formatPeriod(period)}的填报`}</Button>
        </div>
      </fieldset>
    </form>
  );
}
