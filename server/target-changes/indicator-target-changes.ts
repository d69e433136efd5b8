import type { TargetChangeWithPeople } from '@/db/queries/target-changes';
import { evaluateIndicator, type IndicatorEvaluation } from '@/lib/monitoring';
import type { MonitoringSettings } from '@/lib/monitoring/settings';
import type { Period } from '@/lib/monitoring/types';
import type { EvaluatedIndicator } from '../monitoring/evaluate-projects';
import { ruleInputOf } from '../monitoring/indicator-target';
import { targetColumns } from './apply-target';

export interface IndicatorTargetChanges {
  /** Every 目标调整 of the indicator, oldest first: approved and rejected ones, and the one pending. */
  targetChanges: TargetChangeWithPeople[];
  pendingTargetChange: TargetChangeWithPeople | null;
  /**
   * What the figures would be as of the same month were the pending change approved, for the approver to weigh (a lower
   * target that turns a red light green); null without one, or when a value logged since no longer converts.
   */
  ifApproved: IndicatorEvaluation | null;
}

/** An indicator's share of `changes` (those of its project), with the pending one's effect. */
export function indicatorTargetChanges(
  changes: TargetChangeWithPeople[],
  { indicator, entries }: Pick<EvaluatedIndicator, 'indicator' | 'entries'>,
  asOf: Period,
  settings: MonitoringSettings,
): IndicatorTargetChanges {
  const mine = changes.filter((c) => c.indicatorId === indicator.id);
  const pending = mine.find((c) => c.status === 'pending') ?? null;
  return { targetChanges: mine, pendingTargetChange: pending, ifApproved: pending && evaluateIfApproved(pending, { indicator, entries }, asOf, settings) };
}

function evaluateIfApproved(
  pending: TargetChangeWithPeople,
  { indicator, entries }: Pick<EvaluatedIndicator, 'indicator' | 'entries'>,
  asOf: Period,
  settings: MonitoringSettings,
): IndicatorEvaluation | null {
  try {
    return evaluateIndicator({ ...ruleInputOf({ ...indicator, ...targetColumns(pending.proposed) }), entries, asOf, settings });
  } catch (error) {
    // An entry in a unit the proposed one cannot take: approving would be refused for the same reason.
    if (error instanceof RangeError) return null;
    throw error;
  }
}
