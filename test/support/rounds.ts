/**
 * Monitoring rounds and project states written straight into the database, for tests of what reads them (待办, 催报,
 * the round's 监控表) without going through the steps that produce them.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { budgetYears, monitoringRounds, roundProjects, users } from '@/db/schema';
import type { RoundProjectState } from '@/lib/rounds/vocabulary';

export interface RoundSpec {
  departmentId: number;
  year: number;
  period: string;
  deadline: string;
  official?: boolean;
  status?: 'open' | 'closed';
}

/** Opens a round for a department–year (as the administrator); its id. */
export function openRoundDirectly(db: Db, spec: RoundSpec): number {
  const year = db.select().from(budgetYears).where(and(eq(budgetYears.departmentId, spec.departmentId), eq(budgetYears.year, spec.year))).get();
  if (!year) throw new Error(`no budget year ${spec.year} for department ${spec.departmentId}`);
  const admin = db.select().from(users).where(eq(users.username, 'admin')).get()!;
  return db
    .insert(monitoringRounds)
    .values({ budgetYearId: year.id, period: spec.period, deadline: spec.deadline, official: spec.official ?? false, status: spec.status ?? 'open', openedBy: admin.id, openedAt: new Date().toISOString() })
    .returning({ id: monitoringRounds.id })
    .get().id;
}

/** Puts a project of a round into a state, with the review comment a return carries. */
export function setRoundStateDirectly(db: Db, roundId: number, projectId: number, state: RoundProjectState, comment = ''): void {
  const updatedAt = new Date().toISOString();
  db.insert(roundProjects)
    .values({ roundId, projectId, state, comment, updatedAt })
    .onConflictDoUpdate({ target: [roundProjects.roundId, roundProjects.projectId], set: { state, comment, updatedAt } })
    .run();
}
