/**
 * The administrator opens a round for one department–year (the month it covers, a deadline, official or not) and
 * closes it; anyone who reads a department lists its rounds of a year with how many projects are in each state.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { monitoringRounds } from '@/db/schema';
import { findBudgetYear } from '@/db/queries/budget-years';
import { listDepartments } from '@/db/queries/departments';
import { countRoundStates, findOpenRound, findRound, findRoundOfPeriod, listRoundProjectStates, listRoundsOfYear, type RoundWithContext } from '@/db/queries/rounds';
import { formatPeriod } from '@/lib/format/number';
import { isCalendarDay, roundPeriodProblem } from '@/lib/rounds/dates';
import type { RoundProjectState } from '@/lib/rounds/vocabulary';
import { recordAudit } from '../audit/record-audit';
import type { Actor } from '../auth/actor';
import { canReadDepartment } from '../auth/access';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { parseOrRefuse } from '../self-evaluation/self-evaluation-input';
import { openRoundSchema } from './round-input';
import { requireReadableRound, requireRoundAdmin } from './round-rights';

export type RoundSummary = RoundWithContext & { counts: Record<RoundProjectState, number> };

const summaryOf = (db: Db, round: RoundWithContext): RoundSummary => ({ ...round, counts: countRoundStates(listRoundProjectStates(db, round)) });

export function openRound(db: Db, actor: Actor, body: unknown): RoundSummary {
  requireRoundAdmin(actor, '开启监控轮次');
  const input = parseOrRefuse(openRoundSchema, body);
  const budgetYear = findBudgetYear(db, input.departmentId, input.year);
  if (!budgetYear) throw new NotFoundError(`该部门没有 ${input.year} 年的绩效目标表`);
  const periodProblem = roundPeriodProblem(input.period, input.year);
  if (periodProblem) throw new ValidationError(periodProblem, { period: [periodProblem] });
  if (!isCalendarDay(input.deadline)) {
    throw new ValidationError(`截止日期应为有效日期 YYYY-MM-DD（如 ${input.year}-08-15），收到“${input.deadline}”`, { deadline: ['日期无效'] });
  }
  if (findRoundOfPeriod(db, budgetYear.id, input.period)) throw new ConflictError(`该部门 ${formatPeriod(input.period)}的监控轮次已开启过，不能重复开启`);

  const id = db.transaction((tx) => {
    const round = tx
      .insert(monitoringRounds)
      .values({ budgetYearId: budgetYear.id, period: input.period, deadline: input.deadline, official: input.official, status: 'open', openedBy: actor.id, openedAt: new Date().toISOString() })
      .returning()
      .get();
    recordAudit(tx, { actor, action: 'round.open', entity: 'round', entityId: round.id, after: { ...input, budgetYearId: budgetYear.id } });
    return round.id;
  });
  return summaryOf(db, findRound(db, id)!);
}

function requireRound(db: Db, roundId: number): RoundWithContext {
  const round = Number.isSafeInteger(roundId) ? findRound(db, roundId) : undefined;
  if (!round) throw new NotFoundError('监控轮次不存在');
  return round;
}

/** A round the actor may read, or 404 / 403. */
export function requireReadableRoundById(db: Db, actor: Actor, roundId: number): RoundWithContext {
  const round = requireRound(db, roundId);
  requireReadableRound(actor, round);
  return round;
}

export function closeRound(db: Db, actor: Actor, roundId: number): RoundSummary {
  requireRoundAdmin(actor, '关闭监控轮次');
  const round = requireRound(db, roundId);
  if (round.status === 'closed') throw new ConflictError('该监控轮次已关闭');
  db.transaction((tx) => {
    const at = new Date().toISOString();
    const { changes } = tx
      .update(monitoringRounds)
      .set({ status: 'closed', closedBy: actor.id, closedAt: at })
      .where(and(eq(monitoringRounds.id, round.id), eq(monitoringRounds.status, 'open')))
      .run();
    if (changes !== 1) throw new ConflictError('该监控轮次已关闭');
    recordAudit(tx, { actor, action: 'round.close', entity: 'round', entityId: round.id, before: { status: 'open' }, after: { status: 'closed' } });
  });
  return summaryOf(db, findRound(db, round.id)!);
}

/** The rounds of a budget year in every department the actor reads; refused to a role that reads none. */
export function listRounds(db: Db, actor: Actor, year: number): RoundSummary[] {
  if (!listDepartments(db).some((d) => canReadDepartment(actor, d.id))) throw new ForbiddenError('无权查看监控轮次');
  return listRoundsOfYear(db, year, null)
    .filter((round) => canReadDepartment(actor, round.departmentId))
    .map((round) => summaryOf(db, round));
}

/** The open round of a department–year (the latest month) with its counts, for 总览 and 项目; null when none is open. */
export function openRoundSummary(db: Db, budgetYearId: number): RoundSummary | null {
  const round = findOpenRound(db, budgetYearId);
  return round ? summaryOf(db, round) : null;
}
