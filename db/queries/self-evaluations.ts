import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { selfEvaluationEvents, selfEvaluationLines, selfEvaluations, users, type SelfEvaluationEventRow, type SelfEvaluationLineRow, type SelfEvaluationRow } from '../schema';

export function findSelfEvaluation(db: DbOrTx, projectId: number): SelfEvaluationRow | undefined {
  return db.select().from(selfEvaluations).where(eq(selfEvaluations.projectId, projectId)).get();
}

export function listSelfEvaluationsOf(db: DbOrTx, projectIds: number[]): SelfEvaluationRow[] {
  if (projectIds.length === 0) return [];
  return db.select().from(selfEvaluations).where(inArray(selfEvaluations.projectId, projectIds)).all();
}

export function listSelfEvaluationLines(db: DbOrTx, evaluationIds: number[]): SelfEvaluationLineRow[] {
  if (evaluationIds.length === 0) return [];
  return db.select().from(selfEvaluationLines).where(inArray(selfEvaluationLines.evaluationId, evaluationIds)).all();
}

export type SelfEvaluationEventWithUser = SelfEvaluationEventRow & { username: string; displayName: string };

/** The 流转记录, oldest first. */
export function listSelfEvaluationEvents(db: DbOrTx, evaluationId: number): SelfEvaluationEventWithUser[] {
  return db
    .select({ event: selfEvaluationEvents, username: users.username, displayName: users.displayName })
    .from(selfEvaluationEvents)
    .innerJoin(users, eq(selfEvaluationEvents.userId, users.id))
    .where(eq(selfEvaluationEvents.evaluationId, evaluationId))
    .orderBy(asc(selfEvaluationEvents.id))
    .all()
    .map((r) => ({ ...r.event, username: r.username, displayName: r.displayName }));
}

/** The project's evaluation row, created (as a draft) on its first change. */
export function ensureSelfEvaluation(tx: DbOrTx, projectId: number, userId: number, at: string): SelfEvaluationRow {
  const found = findSelfEvaluation(tx, projectId);
  if (found) return found;
  return tx.insert(selfEvaluations).values({ projectId, status: 'draft', updatedBy: userId, updatedAt: at }).returning().get();
}

export function upsertSelfEvaluationLine(tx: DbOrTx, values: typeof selfEvaluationLines.$inferInsert): void {
  tx.insert(selfEvaluationLines)
    .values(values)
    .onConflictDoUpdate({
      target: [selfEvaluationLines.evaluationId, selfEvaluationLines.indicatorId],
      set: { notApplicable: values.notApplicable, qualitativeShare: values.qualitativeShare, reason: values.reason, analysis: values.analysis },
    })
    .run();
}
