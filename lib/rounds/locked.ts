/** Why a change of a locked project is refused, said the same way by the API (423) and beside the disabled form. */
import { formatPeriod } from '../format/number';

/** Whether `period` is one an approved round has locked (`through` and every earlier month). */
export function isPeriodLocked(period: string, through: string | null): boolean {
  return through !== null && period <= through;
}

/** `what` names the change: 填报, 执行数, 佐证材料. */
export function lockedPeriodMessage(through: string, what: string): string {
  return `${formatPeriod(through)}及以前的数据已审核通过并锁定，不能修改${what}；如需修改，请系统管理员重新打开本轮次`;
}

export function lockedTargetMessage(through: string): string {
  return `${formatPeriod(through)}及以前的数据已审核通过并锁定，目标对全年有效，不能调整；如需调整，请系统管理员重新打开本轮次`;
}
