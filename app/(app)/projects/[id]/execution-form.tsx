'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { isPeriodLocked, lockedPeriodMessage } from '@/lib/rounds/locked';
import { Field, fieldAria, inputClass } from '@/components/ui/field';
import { formatPeriod, formatWan } from '@/lib/format/number';
import { readTypedNumber } from '@/lib/forms/typed-number';
import { executionPlausibility } from '@/lib/monitoring/plausibility';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../../use-form-action';
import { saveExecutionAction } from './actions';
import { PlausibilityConfirm } from './plausibility-confirm';

interface Props {
  projectId: number;
  year: number;
  defaultPeriod: string;
  lockedThrough: string | null;
  total: number | null;
  current: { id: number; period: string; amount: number }[];
}

/** The cumulative 执行数 of a month; a figure lower than an earlier month's or above 总计 asks to be confirmed. */
export function ExecutionForm({ projectId, year, defaultPeriod, lockedThrough, total, current }: Props) {
  const [period, setPeriod] = useState(defaultPeriod);
  const locked = isPeriodLocked(period, lockedThrough);
  const { state, pending, onSubmit } = useFormAction(saveExecutionAction);
  const [typed, setTyped] = useState('');
  useEffect(() => {
    if (state.savedAt) setTyped('');
  }, [state.savedAt]);
  const existing = current.find((c) => c.period === period);
  const read = readTypedNumber(typed);
  const others = current.filter((c) => c.period !== period);
  const warnings = read.ok && read.value !== null ? executionPlausibility(read.value, period, others, total) : [];
  return (
    <form
      aria-label="填报预算执行"
      className="flex flex-col gap-3"
      noValidate
      onSubmit={(e) => {
        if (existing && !window.confirm(`${formatPeriod(period)}已填累计执行数 ${formatWan(existing.amount)} 万元，确定替换吗？`)) return e.preventDefault();
        onSubmit(e);
      }}
    >
      <fieldset disabled={pending} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="projectId" value={projectId} />
        <input type="hidden" name="expectedExecutionId" value={existing?.id ?? ''} />
        <Field label="执行月份" htmlFor="execution-period">
          <select id="execution-period" name="period" value={period} onChange={(e) => setPeriod(e.target.value)} className={inputClass}>
            {Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="截至该月累计执行数（万元）" htmlFor="execution-amount" errors={state.fieldErrors.amount ?? (read.ok ? undefined : [read.message])}>
          <input id="execution-amount" name="amount" value={typed} onChange={(e) => setTyped(e.target.value)} inputMode="decimal" autoComplete="off" className={inputClass} {...fieldAria('execution-amount', state.fieldErrors.amount)} />
        </Field>
        <Button type="submit" disabled={locked}>{existing ? `替换${formatPeriod(period)}的执行数` : `保存${formatPeriod(period)}的执行数`}</Button>
      </fieldset>
      {locked && <p className="text-sm text-amber-800">{lockedPeriodMessage(lockedThrough!, '执行数')}</p>}
      <PlausibilityConfirm id="execution-confirm" warnings={warnings} errors={state.fieldErrors.amount} />
      <FormMessage state={state} />
    </form>
  );
}
