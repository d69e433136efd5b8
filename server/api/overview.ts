/** REST API v1 `GET /api/v1/overview`: the 总览's figures as JSON, for the dashboards departments build on big screens. */
import type { Db } from '@/db';
import type { Period } from '@/lib/monitoring/types';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../errors';
import { getOverview, type Overview } from '../overview/get-overview';
import type { ProjectListQuery } from './params';
import { resolveApiScope } from './projects';

export interface OverviewJson extends Omit<Overview, 'thresholds' | 'timeElapsed'> {
  department: { id: number; name: string };
  year: number;
  asOf: Period;
  /** 序时进度 t = m / 12 as a fraction. */
  timeElapsed: number;
}

export function overviewJson(db: Db, actor: Actor, query: ProjectListQuery, today = new Date()): OverviewJson {
  const scope = resolveApiScope(db, actor, query, today);
  if (!scope) throw new NotFoundError(`没有 ${query.year ?? ''} 年度的绩效目标表`);
  const { thresholds: _thresholds, ...overview } = getOverview(db, actor, scope);
  const { budgetYear } = scope;
  return { department: { id: budgetYear.departmentId, name: budgetYear.departmentName }, year: budgetYear.year, asOf: scope.asOf, ...overview };
}
