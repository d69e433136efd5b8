'use client';

import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { formatPeriod } from '@/lib/format/number';
import { periodsOfYear } from '@/lib/monitoring/period';
import type { TargetFields } from '@/lib/target-change/fields';
import { COMPARATOR_LABELS, DIRECTION_LABELS, MEASURE_MODE_DESCRIPTIONS, TARGET_KIND_LABELS } from '@/lib/target-value/types';
import { useFormAction } from '../../use-form-action';
import { proposeTargetChangeAction, setTargetAction } from './actions';

/** A select over codes shown by their Chinese labels; `empty` names the choice of none (an empty value). */
function Select({ label, name, value, labels, empty }: { label: string; name: string; value: string; labels: Record<string, string>; empty?: string }) {
  const options = [...(empty === undefined ? [] : [['', empty]]), ...Object.entries(labels)];
  return (
    <label className="flex flex-col gap-1 text-xs text-slate-600">
      {label}
      <select name={name} defaultValue={value} className={inputClass}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

const PURPOSES = {
  propose: { action: proposeTargetChangeAction, label: '申请调整目标', submit: '提交申请', reason: '调整理由' },
  set: { action: setTargetAction, label: '直接设定目标', submit: '设定目标', reason: '设定说明' },
} as const;

interface Props {
  indicatorId: number;
  /** The target that counts now, as the form starts. */
  fields: TargetFields;
  year: number;
  /** The owner proposes; the administrator sets directly. */
  purpose: keyof typeof PURPOSES;
}

/** Every field of a target (kind, comparator, value, unit, direction, mode, 计划完成月份) with the reason for the change. */
export function TargetChangeForm({ indicatorId, fields, year, purpose }: Props) {
  const { action, label, submit, reason } = PURPOSES[purpose];
  const { state, pending, onSubmit } = useFormAction(action);
  const months = Object.fromEntries(periodsOfYear(year).map((p) => [p, formatPeriod(p)]));
  return (
    <form aria-label={label} className="flex flex-wrap items-end gap-2" onSubmit={onSubmit}>
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <Select label="类型" name="kind" value={fields.kind} labels={TARGET_KIND_LABELS} />
      <Select label="比较" name="comparator" value={fields.comparator ?? ''} labels={COMPARATOR_LABELS} empty="（无）" />
      <label className="flex flex-col gap-1 text-xs text-slate-600">
        目标值
        <input name="value" defaultValue={fields.value ?? ''} inputMode="decimal" className={`${inputClass} w-28`} />
      </label>
      <label className="flex flex-col gap-1 text-xs text-slate-600">
        单位
        <input name="unit" defaultValue={fields.unit ?? ''} className={`${inputClass} w-20`} />
      </label>
      <Select label="方向" name="direction" value={fields.direction ?? ''} labels={DIRECTION_LABELS} empty="不明" />
      <Select label="计量方式" name="mode" value={fields.mode} labels={MEASURE_MODE_DESCRIPTIONS} />
      <Select label="计划完成月份" name="plannedPeriod" value={fields.plannedPeriod ?? ''} labels={months} empty="（无）" />
      <label className="flex w-full flex-col gap-1 text-xs text-slate-600">
        {reason}（必填）
        <textarea name="reason" rows={2} maxLength={2000} required className={inputClass} />
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? '提交中…' : submit}
      </Button>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
