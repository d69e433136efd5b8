'use client';

import { formatTarget } from '@/lib/target-value';
import { MEASURE_MODE_LABELS } from '@/lib/target-value/types';
import type { TargetColumns, TargetConflict, TargetDecision } from '@/server/import/target-corrections';
import { DecisionList } from './decision-list';

function describe(target: TargetColumns): string {
  const parsed = { kind: target.targetKind, comparator: target.comparator, value: target.targetValue, unit: target.targetUnit, direction: target.direction };
  return `${formatTarget(parsed)}（${MEASURE_MODE_LABELS[target.mode]}）`;
}

interface Props {
  conflicts: TargetConflict[];
  decisions: Record<string, TargetDecision>;
  onDecide: (indicatorId: number, decision: TargetDecision) => void;
}

const CHOICES: Record<TargetDecision, string> = { keep: '保留已修正的目标', table: '采用新表的目标' };

/** Corrected targets the new table writes differently: per indicator, keep the approved correction or take the table's. */
export function TargetConflicts({ conflicts, decisions, onDecide }: Props) {
  const items = conflicts.map((c) => ({
    ...c,
    description: `原表「${c.corrected.targetText}」已修正为 ${describe(c.corrected)}；新表写作「${c.table.targetText}」，识别为 ${describe(c.table)}`,
  }));
  return <DecisionList<TargetDecision, (typeof items)[number]> items={items} label="处理方式" choices={() => CHOICES} decisions={decisions} fallback="keep" onDecide={onDecide} />;
}
