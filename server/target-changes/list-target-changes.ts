import type { Db } from '@/db';
import { countPendingTargetChanges, listTargetChangesInScope, type TargetChangeInContext } from '@/db/queries/target-changes';
import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../errors';
import { loadMonitoringSettings } from '../monitoring/monitoring-settings';
import { canDecideTargetChanges } from './approvers';

const RECENT = 20;

export interface TargetChangeList {
  pending: (TargetChangeInContext & { canDecide: boolean })[];
  /** The latest decided ones, newest first. */
  recent: TargetChangeInContext[];
  leaderApproves: boolean;
}

/** The department the actor watches over (null: all of them, the administrator); null for roles that approve nothing. */
function scopeOf(actor: Actor): { departmentId: number | null } | null {
  if (actor.role === 'admin') return { departmentId: null };
  if (actor.role === 'leader' && actor.departmentId !== null) return { departmentId: actor.departmentId };
  return null;
}

/** The approvers' list: the administrator sees every department, the leader their own (and decides when allowed). */
export function listTargetChanges(db: Db, actor: Actor): TargetChangeList {
  const scope = scopeOf(actor);
  if (!scope) throw new ForbiddenError('目标调整审批列表只对系统管理员和部门领导开放');
  const settings = loadMonitoringSettings(db);
  return {
    pending: listTargetChangesInScope(db, { ...scope, pending: true }).map((c) => ({ ...c, canDecide: canDecideTargetChanges(actor, settings, c.departmentId) })),
    recent: listTargetChangesInScope(db, { ...scope, pending: false, limit: RECENT }),
    leaderApproves: settings.leaderApprovesTargetChanges,
  };
}

/** The count beside 目标调整 in the navigation; null for roles that have no list. */
export function pendingTargetChangeCount(db: Db, actor: Actor): number | null {
  const scope = scopeOf(actor);
  return scope && countPendingTargetChanges(db, scope.departmentId);
}
