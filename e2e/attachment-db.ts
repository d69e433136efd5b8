/**
 * States of a project the 佐证材料 checks need, which the app reaches through steps of their own (a monitoring round
 * approved, a complete 自评 submitted), written straight into the e2e database: January locked, a 自评 submitted.
 */
import Database from 'better-sqlite3';
import { ROUND_MONTHS } from './round-months';
import { E2E_DATABASE } from './test-env';

const MONTH = ROUND_MONTHS.attachmentLock;

function withDb<T>(run: (db: Database.Database) => T): T {
  const db = new Database(E2E_DATABASE, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    return run(db);
  } finally {
    db.close();
  }
}

/** An approved (and closed) round of April (e2e/round-months.ts) for the project: January to April are locked. */
export function lockJanuary(projectId: number): void {
  withDb((db) => {
    const now = new Date().toISOString();
    const { budget_year_id: budgetYearId } = db.prepare('select budget_year_id from projects where id = ?').get(projectId) as { budget_year_id: number };
    const admin = db.prepare("select id from users where username = 'admin'").pluck().get() as number;
    // Closed at once, so no open round of the department shows in anyone's 待办; the approval keeps January locked.
    db.prepare("insert or ignore into monitoring_rounds (budget_year_id, period, deadline, official, status, opened_by, opened_at, closed_by, closed_at) values (?, ?, '2022-05-10', 0, 'closed', ?, ?, ?, ?)").run(budgetYearId, MONTH, admin, now, admin, now);
    const roundId = db.prepare('select id from monitoring_rounds where budget_year_id = ? and period = ?').pluck().get(budgetYearId, MONTH) as number;
    db.prepare("insert or ignore into round_projects (round_id, project_id, state, comment, updated_by, updated_at) values (?, ?, 'approved', '', ?, ?)").run(roundId, projectId, admin, now);
  });
}

/** A January attachment of the indicator, as if attached before the round was approved: its id. */
export function lockedAttachment(indicatorId: number): number {
  return withDb((db) => {
    const { sha256, user_id: userId } = db.prepare('select sha256, user_id from attachments where indicator_id = ? order by id limit 1').get(indicatorId) as { sha256: string; user_id: number };
    const row = db
      .prepare("insert into attachments (indicator_id, period, sha256, name, size, type, user_id, created_at) select ?, '2022-01', sha256, '一月.pdf', size, type, ?, ? from attachments where sha256 = ? limit 1")
      .run(indicatorId, userId, new Date().toISOString(), sha256);
    return Number(row.lastInsertRowid);
  });
}

/** The project's 自评 as submitted: the owner can no longer change it. */
export function submitSelfEvaluationOf(projectId: number): void {
  withDb((db) => {
    db.prepare("insert into self_evaluations (project_id, status, updated_at) values (?, 'submitted', ?) on conflict(project_id) do update set status = 'submitted'").run(projectId, new Date().toISOString());
  });
}
