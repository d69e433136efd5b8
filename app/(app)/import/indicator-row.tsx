'use client';

import type { IndicatorPatch } from '@/lib/target-table/edit-preview';
import type { PreviewIndicator } from '@/lib/target-table';
import {
  CATEGORIES,
  COMPARATOR_LABELS,
  DIRECTION_LABELS,
  formatTarget,
  MEASURE_MODE_LABELS,
  TARGET_KIND_LABELS,
  type Category,
} from '@/lib/target-value';
import { ChoiceSelect } from './choice-select';
import { SplitButton } from './split-button';

const CATEGORY_LABELS = Object.fromEntries(CATEGORIES.map((c) => [c, c])) as Record<Category, string>;
const cellInput = 'w-full rounded border px-1.5 py-1 text-xs focus:border-blue-600 focus:outline-none disabled:bg-slate-100 disabled:text-slate-400';

interface Props {
  indicator: PreviewIndicator;
  canSplit: boolean;
  onEdit: (patch: IndicatorPatch) => void;
  onSplit: (name: string) => void;
}

/** One indicator of the preview, every parsed field editable; the text as written stays beside it. */
export function IndicatorRow({ indicator, canSplit, onEdit, onSplit }: Props) {
  const { target } = indicator;
  const qualitative = target.kind === 'qualitative';
  const missingValue = !qualitative && target.value === null;
  return (
    <tr aria-label={`指标 ${indicator.seq} ${indicator.name}`} className="border-t border-slate-100 align-top">
      <td className="px-2 py-2 text-xs tabular-nums text-slate-500">{indicator.seq}</td>
      <td className="px-2 py-2">
        <p className="text-sm font-medium text-slate-800">{indicator.name}</p>
        <p className="mt-0.5 text-xs text-slate-500">
          年度指标值：{indicator.targetText || <span className="text-amber-700">（原文未写）</span>}
          <span className="ml-1.5 rounded bg-slate-100 px-1 text-slate-600">识别为 {formatTarget(target)}</span>
        </p>
        {canSplit && <SplitButton onSplit={onSplit} />}
      </td>
      <td className="px-1 py-2">
        <ChoiceSelect label="一级指标" value={indicator.category} labels={CATEGORY_LABELS} emptyLabel="未分类" invalid={indicator.category === null} onChange={(category) => onEdit({ category })} />
      </td>
      <td className="px-1 py-2">
        <ChoiceSelect label="类型" value={target.kind} labels={TARGET_KIND_LABELS} onChange={(kind) => kind && onEdit({ kind })} />
      </td>
      <td className="px-1 py-2">
        <ChoiceSelect label="比较" value={target.comparator} labels={COMPARATOR_LABELS} emptyLabel="无" onChange={(comparator) => onEdit({ comparator })} />
      </td>
      <td className="px-1 py-2">
        <input
          type="number"
          step="any"
          aria-label="目标值"
          aria-invalid={missingValue || undefined}
          title={missingValue ? '定量指标需要目标值' : qualitative ? '定性指标没有目标数值' : undefined}
          disabled={qualitative}
          value={target.value ?? ''}
          onChange={(e) => onEdit({ value: e.target.value === '' ? null : e.target.valueAsNumber })}
          className={`${cellInput} tabular-nums ${missingValue ? 'border-red-500 bg-red-50' : 'border-slate-300'}`}
        />
      </td>
      <td className="px-1 py-2">
        <input
          aria-label="单位"
          disabled={qualitative}
          maxLength={30}
          value={target.unit ?? ''}
          onChange={(e) => onEdit({ unit: e.target.value })}
          className={`${cellInput} border-slate-300`}
        />
      </td>
      <td className="px-1 py-2">
        <ChoiceSelect label="方向" value={target.direction} labels={DIRECTION_LABELS} emptyLabel="不明确" onChange={(direction) => onEdit({ direction })} />
      </td>
      <td className="px-1 py-2">
        <ChoiceSelect label="计量方式" value={indicator.mode} labels={MEASURE_MODE_LABELS} onChange={(mode) => mode && onEdit({ mode })} />
      </td>
    </tr>
  );
}
