'use client';

import { formatTarget } from '@/lib/target-value';
import { MEASURE_MODE_LABELS } from '@/lib/target-value/types';
import type { TargetColumns, TargetConflict, TargetDecision } from '@/server/import/target-corrections';

function describe(target: TargetColumns): string {
  const parsed = { kind: target.targetKind, comparator: target.comparator, value: target.targetValue, unit: target.targetUnit, direction: target.direction };
  return `${formatTarget(parsed)}（${MEASURE_MODE_LABELS[target.mode]}）`;
}

interface Props {
  conflicts: TargetConflict[];
  decisions: Record<string, TargetDecision>;
  onDecide: (indicatorId: number, decision: TargetDecision) => void;
}

/** Corrected targets the new table writes differently: per indicator, keep the approved correction or take the table's. */
export function TargetConflicts({ conflicts, decisions, onDecide }: Props) {
  return (
    <ul className="my-1.5 flex max-h-60 flex-col gap-2 overflow-y-auto">
      {conflicts.map((c) => {
        const id = `decision-${c.indicatorId}`;
        return (
          <li key={c.indicatorId} className="rounded border border-amber-200 bg-white px-2 py-1.5">
            <p className="font-medium">
              {c.project} / {c.name}
            </p>
            <p className="text-xs text-slate-600">
              原表「{c.corrected.targetText}」已修正为 {describe(c.corrected)}；新表写作「{c.table.targetText}」，识别为 {describe(c.table)}
            </p>
            <label htmlFor={id} className="mt-1 flex items-center gap-2 text-xs">
              处理方式
              <select id={id} value={decisions[c.indicatorId] ?? 'keep'} onChange={(e) => onDecide(c.indicatorId, e.target.value as TargetDecision)} className="rounded border border-slate-300 px-1 py-0.5">
                <option value="keep">保留已修正的目标</option>
                <option value="table">采用新表的目标</option>
              </select>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
