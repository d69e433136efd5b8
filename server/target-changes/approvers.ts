import type { MonitoringSettings } from '@/lib/monitoring/settings';
import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../errors';

/** Who decides a department's target changes: the administrator, and its 部门领导 when the setting says so. */
export function canDecideTargetChanges(actor: Actor, settings: MonitoringSettings, departmentId: number): boolean {
  if (actor.role === 'admin') return true;
  return actor.role === 'leader' && settings.leaderApprovesTargetChanges && actor.departmentId === departmentId;
}

export function requireTargetApprover(actor: Actor, settings: MonitoringSettings, departmentId: number): void {
  if (canDecideTargetChanges(actor, settings, departmentId)) return;
  throw new ForbiddenError(
    actor.role === 'leader' && actor.departmentId === departmentId ? '目标调整由系统管理员审批（设置中未允许部门领导审批）' : '无权审批目标调整',
  );
}
