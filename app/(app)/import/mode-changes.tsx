'use client';

import { MEASURE_MODE_DESCRIPTIONS } from '@/lib/target-value/types';
import type { ModeChange, ModeDecision } from '@/server/import/target-corrections';

interface Props {
  changes: ModeChange[];
  decisions: Record<string, ModeDecision>;
  onDecide: (indicatorId: number, decision: ModeDecision) => void;
}

/** Indicators the current rules read in another measure mode than the one stored: per indicator, take it or keep the old one. */
export function ModeChanges({ changes, decisions, onDecide }: Props) {
  return (
    <ul className="my-1.5 flex max-h-60 flex-col gap-2 overflow-y-auto">
      {changes.map((c) => {
        const id = `mode-${c.indicatorId}`;
        return (
          <li key={c.indicatorId} className="rounded border border-amber-200 bg-white px-2 py-1.5">
            <p className="font-medium">
              {c.project} / {c.name}
            </p>
            <p className="text-xs text-slate-600">
              已保存为{MEASURE_MODE_DESCRIPTIONS[c.from]}，按现行规则识别为{MEASURE_MODE_DESCRIPTIONS[c.to]}；已有的填报将按所选方式汇总
            </p>
            <label htmlFor={id} className="mt-1 flex items-center gap-2 text-xs">
              计量方式
              <select id={id} value={decisions[c.indicatorId] ?? 'accept'} onChange={(e) => onDecide(c.indicatorId, e.target.value as ModeDecision)} className="rounded border border-slate-300 px-1 py-0.5">
                <option value="accept">采用{MEASURE_MODE_DESCRIPTIONS[c.to]}</option>
                <option value="keep">保留{MEASURE_MODE_DESCRIPTIONS[c.from]}</option>
              </select>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
