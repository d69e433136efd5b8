import Database from 'better-sqlite3';
import { E2E_DATABASE } from '../test-env';

/** The month of the round the matrix reminds in: no other spec opens a round for March. */
const PERIOD = '2022-03';

/**
 * The open round of the demo department's 2022 (that of project 1, `owner`'s) the 催报 rules act on, written straight
 * into the database until rounds are opened through the API; its id. Project 1 stays 未填报 there.
 */
export function matrixRound(): number {
  const db = new Database(E2E_DATABASE, { fileMustExist: true });
  try {
    const year = db.prepare('select p.budget_year_id from projects p where p.id = 1').pluck().get() as number;
    const found = db.prepare('select id from monitoring_rounds where budget_year_id = ? and period = ?').pluck().get(year, PERIOD);
    if (found !== undefined) return Number(found);
    const admin = db.prepare("select id from users where username = 'admin'").pluck().get();
    const sql = "insert into monitoring_rounds (budget_year_id, period, deadline, official, status, opened_by, opened_at) values (?, ?, '2022-04-10', 0, 'open', ?, ?)";
    return Number(db.prepare(sql).run(year, PERIOD, admin, new Date().toISOString()).lastInsertRowid);
  } finally {
    db.close();
  }
}
