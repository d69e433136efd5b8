/** Bodies and readings for tests of 目标调整. */
import type { Db } from '@/db';
import { findIndicator } from '@/db/queries/indicators';
import type { Indicator } from '@/db/schema';
import type { TargetFields } from '@/lib/target-change/fields';
import type { Actor } from '@/server/auth/actor';
import { targetFieldsOf } from '@/server/monitoring/indicator-target';
import { getProjectDetail } from '@/server/projects/get-project-detail';

/** A proposal body: the indicator's target that counts now, with `change` applied, and a reason. */
export function proposal(indicator: Indicator, change: Partial<TargetFields>, reason = '年中预算调减，工作量相应减少') {
  return { ...targetFieldsOf(indicator), ...change, reason };
}

/** The indicator as its project page shows it as of `asOf` (evaluation, pending change, history). */
export function indicatorDetail(db: Db, actor: Actor, indicatorId: number, asOf: string) {
  const indicator = findIndicator(db, indicatorId)!;
  const detail = getProjectDetail(db, actor, indicator.projectId, () => asOf);
  return detail.indicators.find((i) => i.indicator.id === indicatorId)!;
}
