import { and, eq, max } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { monitoringRounds, roundProjects } from '../schema';

/**
 * The latest month an approved round has locked for a project (YYYY-MM), or null when none is locked: that month and
 * every earlier one are final (DOMAIN.md §9).
 */
export function lockedThrough(db: DbOrTx, projectId: number): string | null {
  const row = db
    .select({ period: max(monitoringRounds.period) })
    .from(roundProjects)
    .innerJoin(monitoringRounds, eq(monitoringRounds.id, roundProjects.roundId))
    .where(and(eq(roundProjects.projectId, projectId), eq(roundProjects.state, 'approved')))
    .get();
  return row?.period ?? null;
}
