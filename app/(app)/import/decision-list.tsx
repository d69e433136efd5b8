'use client';

import { useId } from 'react';

/** One indicator the administrator must decide on before a re-import: what differs, and the choices. */
export interface DecisionItem {
  indicatorId: number;
  project: string;
  name: string;
  description: string;
}

interface Props<D extends string, T extends DecisionItem> {
  items: T[];
  /** What the select decides, e.g. 处理方式. */
  label: string;
  choices: (item: T) => Record<D, string>;
  decisions: Record<string, D>;
  fallback: D;
  onDecide: (indicatorId: number, decision: D) => void;
}

/** A list of indicators, each with what changed and a select of what to do with it. */
export function DecisionList<D extends string, T extends DecisionItem>({ items, label, choices, decisions, fallback, onDecide }: Props<D, T>) {
  const base = useId();
  return (
    <ul className="my-1.5 flex max-h-60 flex-col gap-2 overflow-y-auto">
      {items.map((item) => {
        const id = `${base}-${item.indicatorId}`;
        return (
          <li key={item.indicatorId} className="rounded border border-amber-200 bg-white px-2 py-1.5">
            <p className="font-medium">
              {item.project} / {item.name}
            </p>
            <p className="text-xs text-slate-600">{item.description}</p>
            <label htmlFor={id} className="mt-1 flex items-center gap-2 text-xs">
              {label}
              <select id={id} value={decisions[item.indicatorId] ?? fallback} onChange={(e) => onDecide(item.indicatorId, e.target.value as D)} className="rounded border border-slate-300 px-1 py-0.5">
                {Object.entries<string>(choices(item)).map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
              </select>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
