import Database from 'better-sqlite3';
import { ROUND_MONTHS } from '../round-months';
import { E2E_DATABASE } from '../test-env';

/**
 * A round of the demo department's 2022 (that of project 1, `owner`'s), written straight into the database until
 * rounds are opened through the API; its id. Its months are kept (e2e/round-months.ts).
 */
function demoRound(period: string, status: 'open' | 'closed'): number {
  const db = new Database(E2E_DATABASE, { fileMustExist: true });
  try {
    const year = db.prepare('select p.budget_year_id from projects p where p.id = 1').pluck().get() as number;
    const found = db.prepare('select id from monitoring_rounds where budget_year_id = ? and period = ?').pluck().get(year, period);
    if (found !== undefined) return Number(found);
    const admin = db.prepare("select id from users where username = 'admin'").pluck().get();
    const sql = "insert into monitoring_rounds (budget_year_id, period, deadline, official, status, opened_by, opened_at) values (?, ?, ?, 0, ?, ?, ?)";
    return Number(db.prepare(sql).run(year, period, `${period}-28`, status, admin, new Date().toISOString()).lastInsertRowid);
  } finally {
    db.close();
  }
}

/** The open round the 催报 rules act on (March); project 1 stays 未填报 there. */
export const reminderRound = () => demoRound(ROUND_MONTHS.reminderOpen, 'open');

/** A closed round (February), where 催报 is refused. */
export const closedReminderRound = () => demoRound(ROUND_MONTHS.reminderClosed, 'closed');
