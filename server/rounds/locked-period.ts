import type { DbOrTx } from '@/db';
import { lockedThrough } from '@/db/queries/round-locks';
import { isPeriodLocked, lockedPeriodMessage, lockedTargetMessage } from '@/lib/rounds/locked';
import { LockedError } from '../errors';

/**
 * Refuses a change to a project's figures for `period` when an approved round has locked it (DOMAIN.md §9); `what`
 * names the change in the message (填报, 执行数, 佐证材料).
 */
export function assertPeriodOpen(db: DbOrTx, projectId: number, period: string, what: string): void {
  const through = lockedThrough(db, projectId);
  if (through !== null && isPeriodLocked(period, through)) throw new LockedError(lockedPeriodMessage(through, what));
}

/** Refuses a target change of a project with any locked month: a target counts for the whole year (DOMAIN.md §9). */
export function assertTargetsOpen(db: DbOrTx, projectId: number): void {
  const through = lockedThrough(db, projectId);
  if (through !== null) throw new LockedError(lockedTargetMessage(through));
}
