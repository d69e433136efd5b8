'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { formatPeriod, formatWan } from '@/lib/format/number';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../../use-form-action';
import { saveExecutionAction } from './actions';

interface Props {
  projectId: number;
  year: number;
  defaultPeriod: string;
  current: { id: number; period: string; amount: number }[];
}

export function ExecutionForm({ projectId, year, defaultPeriod, current }: Props) {
  const { state, pending, ref, onSubmit } = useFormAction(saveExecutionAction, { resetOnSuccess: true });
  const [period, setPeriod] = useState(defaultPeriod);
  const existing = current.find((c) => c.period === period);
  return (
    <form
      ref={ref}
      aria-label="填报预算执行"
      className="flex flex-col gap-3"
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
        <Field label="截至该月累计执行数（万元）" htmlFor="execution-amount" errors={state.fieldErrors.amount}>
          <input id="execution-amount" name="amount" inputMode="decimal" autoComplete="off" className={inputClass} />
        </Field>
        <Button type="submit">{existing ? '替换执行数' : '保存执行数'}</Button>
      </fieldset>
      <FormMessage state={state} />
    </form>
  );
}
