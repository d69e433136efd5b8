import type { DbOrTx } from '@/db';
import { lockedThrough } from '@/db/queries/round-locks';
import { formatPeriod } from '@/lib/format/number';
import { LockedError } from '../errors';

/**
 * Refuses a change to a project's figures for `period` when an approved round has locked it (DOMAIN.md §9); `what`
 * names the change in the message (填报, 执行数, 目标调整, 佐证材料).
 */
export function assertPeriodOpen(db: DbOrTx, projectId: number, period: string, what: string): void {
  const through = lockedThrough(db, projectId);
  if (through !== null && period <= through) {
    throw new LockedError(`${formatPeriod(through)}及以前的数据已审核通过并锁定，不能修改${what}；如需修改，请系统管理员重新打开本轮次`);
  }
}

/** True when an approved round has locked anything of the project: its targets can then no longer change. */
export function isAnyPeriodLocked(db: DbOrTx, projectId: number): boolean {
  return lockedThrough(db, projectId) !== null;
}

/** Refuses a target change of a project with any locked month: a target counts for the whole year (DOMAIN.md §9). */
export function assertTargetsOpen(db: DbOrTx, projectId: number): void {
  const through = lockedThrough(db, projectId);
  if (through !== null) {
    throw new LockedError(`${formatPeriod(through)}及以前的数据已审核通过并锁定，目标对全年有效，不能调整；如需调整，请系统管理员重新打开本轮次`);
  }
}
