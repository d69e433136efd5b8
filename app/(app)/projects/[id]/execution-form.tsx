'use client';

import { startTransition, useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { formatPeriod, formatWan } from '@/lib/format/number';
import { saveExecutionAction, type EntryFormState } from './actions';

interface Props {
  projectId: number;
  year: number;
  defaultPeriod: string;
  current: { id: number; period: string; amount: number }[];
}

const INITIAL: EntryFormState = { ok: false, message: null, fieldErrors: {} };

export function ExecutionForm({ projectId, year, defaultPeriod, current }: Props) {
  const [state, action, pending] = useActionState(saveExecutionAction, INITIAL);
  const [period, setPeriod] = useState(defaultPeriod);
  const existing = current.find((c) => c.period === period);
  return (
    <form
      aria-label="填报预算执行"
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (existing && !window.confirm(`${formatPeriod(period)}已填累计执行数 ${formatWan(existing.amount)} 万元，确定替换吗？`)) return;
        const data = new FormData(e.currentTarget);
        startTransition(() => action(data));
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
      {state.message && (
        <p role="status" className={`rounded px-2 py-1.5 text-sm ${state.ok ? 'bg-green-50 text-green-800' : 'bg-red-50 text-red-800'}`}>
          {state.message}
        </p>
      )}
    </form>
  );
}
