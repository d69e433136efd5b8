/** REST API v1 `GET /api/v1/overview`: the 总览's figures as JSON, for the dashboards departments build on big screens. */
import type { Db } from '@/db';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../errors';
import { getOverview } from '../overview/get-overview';
import type { ProjectListQuery } from './params';
import { resolveApiScope } from './projects';
import type { OverviewJson } from './schemas/overview';

export function overviewJson(db: Db, actor: Actor, query: ProjectListQuery, today = new Date()): OverviewJson {
  const scope = resolveApiScope(db, actor, query, today);
  if (!scope) throw new NotFoundError(`没有 ${query.year ?? ''} 年度的绩效目标表`);
  const { thresholds: _thresholds, ...overview } = getOverview(db, actor, scope);
  const { budgetYear } = scope;
  return { department: { id: budgetYear.departmentId, name: budgetYear.departmentName }, year: budgetYear.year, asOf: scope.asOf, ...overview };
}
