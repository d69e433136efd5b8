'use client';

import { MEASURE_MODE_DESCRIPTIONS } from '@/lib/target-value/types';
import type { ModeChange, ModeDecision } from '@/server/import/target-corrections';
import { DecisionList } from './decision-list';

interface Props {
  changes: ModeChange[];
  decisions: Record<string, ModeDecision>;
  onDecide: (indicatorId: number, decision: ModeDecision) => void;
}

/** Indicators the current rules read in another measure mode than the one stored: per indicator, take it or keep the old one. */
export function ModeChanges({ changes, decisions, onDecide }: Props) {
  const items = changes.map((c) => ({
    ...c,
    description: `已保存为${MEASURE_MODE_DESCRIPTIONS[c.from]}，按现行规则识别为${MEASURE_MODE_DESCRIPTIONS[c.to]}；已有的填报将按所选方式汇总`,
  }));
  const choices = ({ from, to }: ModeChange) => ({ accept: `采用${MEASURE_MODE_DESCRIPTIONS[to]}`, keep: `保留${MEASURE_MODE_DESCRIPTIONS[from]}` });
  return <DecisionList<ModeDecision, (typeof items)[number]> items={items} label="计量方式" choices={choices} decisions={decisions} fallback="accept" onDecide={onDecide} />;
}
