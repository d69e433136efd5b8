/**
 * What the overview, the 项目 list and 我的填报 read does not grow with the number of entries: the database aggregates
 * them (one row per indicator and project reaches JavaScript), and no query scans a table — each one seeks by index
 * from the budget year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import type { Actor } from '../auth/actor';
import { listInbox } from '../inbox/list-inbox';
import { listProjectRows } from '../projects/list-project-rows';
import { resolveScope } from '../scope/resolve-scope';
import { createBareDb, insertDepartmentYear } from '@/test/support/bare-db';
import { countRows } from '@/test/support/count-rows';
import { getOverview } from './get-overview';

const PROJECTS = 20;
const INDICATORS = 6;
let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createBareDb()));
afterAll(() => cleanup());

/** A department of 20 projects × 6 indicators with `months` months of entries and 执行数; its leader and owner. */
function department(name: string, months: number): { leader: Actor; owner: Actor } {
  const { departmentId, budgetYearId, userId } = insertDepartmentYear(db, name);
  const sqlite = db.$client;
  const at = new Date().toISOString();
  const leaderId = Number(sqlite.prepare("insert into users (username, display_name, role, department_id, password_hash, created_at) values (?, '领导', 'leader', ?, 'x', ?)").run(`leader-${name}`, departmentId, at).lastInsertRowid);
  for (let p = 1; p <= PROJECTS; p += 1) {
    const projectId = Number(sqlite.prepare('insert into projects (budget_year_id, seq, name, total) values (?, ?, ?, 100)').run(budgetYearId, p, `项目${p}`).lastInsertRowid);
    sqlite.prepare('insert into project_owners (project_id, user_id) values (?, ?)').run(projectId, userId);
    for (let i = 1; i <= INDICATORS; i += 1) {
      const qualitative = i === INDICATORS;
      const indicatorId = Number(
        sqlite
          .prepare("insert into indicators (project_id, seq, category, name, target_text, target_kind, target_value, target_unit, direction, mode) values (?, ?, '产出指标', ?, '12次', ?, ?, ?, 'higher', ?)")
          .run(projectId, i, `指标${i}`, qualitative ? 'qualitative' : 'quantitative', qualitative ? null : 12, qualitative ? null : '次', i % 2 ? 'cumulative' : 'level').lastInsertRowid,
      );
      for (let m = 1; m <= months; m += 1) {
        const period = `2022-${String(m).padStart(2, '0')}`;
        sqlite.prepare("insert into entries (indicator_id, period, value, status, reasons, explanation, user_id, created_at) values (?, ?, ?, ?, '[\"其他\"]', '滞后', ?, ?)").run(indicatorId, period, qualitative ? null : 0.5, qualitative ? '部分达成' : null, userId, at);
      }
    }
    for (let m = 1; m <= months; m += 1) sqlite.prepare('insert into budget_executions (project_id, period, amount, user_id, created_at) values (?, ?, ?, ?, ?)').run(projectId, `2022-${String(m).padStart(2, '0')}`, m, userId, at);
  }
  const actor = (id: number, role: 'leader' | 'owner'): Actor => ({ id, username: `${role}-${name}`, name: role, role, departmentId });
  return { leader: actor(leaderId, 'leader'), owner: actor(userId, 'owner') };
}

function rowsRead(run: () => unknown) {
  const counter = countRows(db.$client);
  try {
    run();
  } finally {
    counter.detach();
  }
  return counter;
}

const pages = ({ leader, owner }: { leader: Actor; owner: Actor }) => {
  const scope = (actor: Actor) => resolveScope(db, actor, { asOf: '2022-12' })!;
  return {
    overview: () => getOverview(db, leader, scope(leader)),
    list: () => listProjectRows(db, leader, scope(leader)),
    inbox: () => listInbox(db, owner, scope(owner)),
  };
};

describe('the cost of a department', () => {
  it('reads the same rows whether its indicators have one month of entries or twelve (but one row a month for 执行率 by month)', () => {
    const few = pages(department('一个月', 1));
    const many = pages(department('十二个月', 12));
    for (const name of ['overview', 'list', 'inbox'] as const) {
      const [a, b] = [rowsRead(few[name]).rows, rowsRead(many[name]).rows];
      expect(b - a, name).toBe(name === 'overview' ? 11 : 0);
      // about one row per indicator and per project, never one per entry (12 × 120 here)
      expect(b, name).toBeLessThan(3 * PROJECTS * INDICATORS + 4 * PROJECTS + 40);
    }
  });

  it('seeks by index from the budget year: no query scans entries, indicators or projects', () => {
    const counter = rowsRead(pages(department('查询计划', 3)).overview);
    const plans = counter.statements
      .filter(({ sql }) => /\bentries\b|\bbudget_executions\b/.test(sql))
      .map(({ sql, params }) => db.$client.prepare(`explain query plan ${sql}`).all(...(params as never[])) as { detail: string }[]);
    expect(plans.length).toBeGreaterThanOrEqual(4);
    for (const plan of plans) {
      const details = plan.map((step) => step.detail);
      expect(details.filter((d) => /^SCAN (e|c|x|b|i|p|entries|indicators|projects|budget_executions)\b/.test(d)), details.join('\n')).toEqual([]);
    }
  });
});
