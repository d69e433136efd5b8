'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../../use-form-action';
import { openRoundAction } from '../../rounds/actions';

export interface BudgetYearChoice {
  key: string;
  label: string;
  year: number;
}

/** 开启监控轮次: a department–year, the month it covers (the official round's by default), a deadline, official or not. */
export function OpenRoundForm({ choices, defaultMonth }: { choices: BudgetYearChoice[]; defaultMonth: number }) {
  const { state, pending, onSubmit } = useFormAction(openRoundAction);
  const [key, setKey] = useState(choices[0]?.key ?? '');
  const year = choices.find((c) => c.key === key)?.year ?? new Date().getFullYear();
  const month = String(defaultMonth - 1).padStart(2, '0');
  const errors = state.fieldErrors;
  return (
    <form aria-label="开启监控轮次" onSubmit={onSubmit} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="部门年度" htmlFor="round-budget-year">
          <select id="round-budget-year" name="budgetYear" value={key} onChange={(e) => setKey(e.target.value)} className={inputClass}>
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="监控月份（覆盖 1 月至该月）" htmlFor="round-period" errors={errors.period}>
          <input key={`p${year}`} id="round-period" name="period" type="month" min={`${year}-01`} max={`${year}-12`} defaultValue={`${year}-${month}`} className={inputClass} />
        </Field>
        <Field label="送审截止日期" htmlFor="round-deadline" errors={errors.deadline}>
          <input key={`d${year}`} id="round-deadline" name="deadline" type="date" defaultValue={`${year}-${String(defaultMonth).padStart(2, '0')}-15`} className={inputClass} />
        </Field>
        <label className="flex items-center gap-2 self-end pb-2 text-sm">
          <input type="checkbox" name="official" defaultChecked />
          正式监控轮次（报送财政）
        </label>
      </div>
      <div>
        <Button type="submit" disabled={pending || choices.length === 0}>
          {pending ? '开启中…' : '开启轮次'}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
