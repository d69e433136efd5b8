'use client';

import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import {
  CATEGORIES,
  COMPARATOR_LABELS,
  DIRECTION_LABELS,
  MEASURE_MODE_DESCRIPTIONS,
  TARGET_KIND_LABELS,
  type MeasureMode,
  type Target,
} from '@/lib/target-value/types';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '../../use-form-action';
import { updateTargetAction } from './actions';

interface Props {
  indicatorId: number;
  category: string | null;
  target: Target;
  mode: MeasureMode;
}

const CATEGORY_OPTIONS = Object.fromEntries(CATEGORIES.map((c) => [c, c]));

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

/** Every inference from the 年度指标值 can be corrected by the owner: kind, comparator, value, unit, direction, mode. */
export function TargetEditor({ indicatorId, category, target, mode }: Props) {
  const { state, pending, onSubmit } = useFormAction(updateTargetAction);
  return (
    <form
      aria-label="修改目标识别"
      className="flex flex-wrap items-end gap-2"
      onSubmit={onSubmit}
    >
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <Select label="一级指标" name="category" value={category ?? ''} labels={CATEGORY_OPTIONS} empty="未分类" />
      <Select label="类型" name="kind" value={target.kind} labels={TARGET_KIND_LABELS} />
      <Select label="比较" name="comparator" value={target.comparator ?? ''} labels={COMPARATOR_LABELS} empty="（无）" />
      <label className="flex flex-col gap-1 text-xs text-slate-600">
        目标值
        <input name="value" defaultValue={target.value ?? ''} inputMode="decimal" className={`${inputClass} w-28`} />
      </label>
      <label className="flex flex-col gap-1 text-xs text-slate-600">
        单位
        <input name="unit" defaultValue={target.unit ?? ''} className={`${inputClass} w-20`} />
      </label>
      <Select label="方向" name="direction" value={target.direction ?? ''} labels={DIRECTION_LABELS} empty="不明" />
      <Select label="计量方式" name="mode" value={mode} labels={MEASURE_MODE_DESCRIPTIONS} />
      <Button type="submit" variant="secondary" disabled={pending}>
        保存目标
      </Button>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
