/**
 * The database's aggregates judged by the rules (figureProjects) give every figure and light that the rules give on
 * the entries themselves (evaluateProjects), over random targets, modes, units, entries (replaced ones, empty ones,
 * other scales) and as-of months: speed never changes a light.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { listProjectsOfBudgetYear } from '@/db/queries/projects';
import { QUALITATIVE_STATUSES } from '@/lib/monitoring/types';
import { entryUnits } from '@/lib/target-value';
import { createBareDb, insertDepartmentYear } from '@/test/support/bare-db';
import { evaluateProjects } from './evaluate-projects';
import { figureProjects } from './figure-projects';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createBareDb()));
afterAll(() => cleanup());

const month = fc.integer({ min: 1, max: 12 });
const period = (m: number) => `2022-${String(m).padStart(2, '0')}`;
const amount = fc.integer({ min: 0, max: 20_000 }).map((n) => n / 100);

const indicatorArb = fc.record({
  kind: fc.constantFrom('quantitative', 'quantitative', 'qualitative'),
  mode: fc.constantFrom('cumulative', 'level'),
  unit: fc.constantFrom(null, '次', '万元', '亿元', '%', '万家'),
  value: fc.option(fc.integer({ min: 0, max: 5000 }).map((n) => n / 10), { nil: null, freq: 8 }),
  comparator: fc.constantFrom(null, '>=', '<=', '>', '<', '='),
  direction: fc.constantFrom('higher', 'lower', null),
  planned: fc.option(month, { nil: null, freq: 4 }),
  entries: fc.array(
    fc.record({ month, value: fc.option(amount, { nil: null, freq: 6 }), unitPick: fc.nat(4), status: fc.option(fc.constantFrom(...QUALITATIVE_STATUSES), { nil: null, freq: 4 }), replaced: fc.boolean(), reason: fc.boolean() }),
    { maxLength: 14 },
  ),
});

const departmentArb = fc.record({
  projects: fc.array(
    fc.record({ total: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: null, freq: 6 }), executions: fc.array(fc.record({ month, amount }), { maxLength: 6 }), indicators: fc.array(indicatorArb, { maxLength: 5 }) }),
    { minLength: 1, maxLength: 4 },
  ),
  asOf: month,
});

type Department = typeof departmentArb extends fc.Arbitrary<infer T> ? T : never;

let serial = 0;
function insert(department: Department): number {
  serial += 1;
  const { budgetYearId, userId } = insertDepartmentYear(db, `随机部门${serial}`);
  const sqlite = db.$client;
  const at = new Date().toISOString();
  department.projects.forEach((p, pi) => {
    const projectId = Number(sqlite.prepare('insert into projects (budget_year_id, seq, name, total) values (?, ?, ?, ?)').run(budgetYearId, pi + 1, `项目${pi}`, p.total).lastInsertRowid);
    const seen = new Set<number>();
    for (const e of p.executions) {
      if (seen.has(e.month)) continue;
      seen.add(e.month);
      sqlite.prepare('insert into budget_executions (project_id, period, amount, user_id, created_at) values (?, ?, ?, ?, ?)').run(projectId, period(e.month), e.amount, userId, at);
    }
    p.indicators.forEach((i, ii) => {
      const indicatorId = Number(
        sqlite
          .prepare('insert into indicators (project_id, seq, category, name, target_text, target_kind, comparator, target_value, target_unit, direction, mode, planned_period) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(projectId, ii + 1, '产出指标', `指标${ii}`, '随机', i.kind, i.comparator, i.value, i.unit, i.direction, i.mode, i.planned === null ? null : period(i.planned)).lastInsertRowid,
      );
      const units = [null, ...entryUnits(i.unit)];
      const current = new Set<number>();
      for (const e of i.entries) {
        const row = [indicatorId, period(e.month), i.kind === 'qualitative' ? null : e.value, e.value === null ? null : (units[e.unitPick % units.length] ?? null), i.kind === 'qualitative' ? e.status : null, e.reason ? '["其他"]' : '[]', userId, at];
        const insertEntry = sqlite.prepare('insert into entries (indicator_id, period, value, unit, status, reasons, user_id, created_at, superseded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)');
        if (e.replaced || current.has(e.month)) insertEntry.run(...row, at);
        else (insertEntry.run(...row, null), current.add(e.month));
      }
    });
  });
  return budgetYearId;
}

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

describe('figureProjects', () => {
  it('gives what the rules give on the entries: lights, reported, stale, met exactly; actual, expected, ratio, 执行率 to 1e-9', () => {
    fc.assert(
      fc.property(departmentArb, (department) => {
        const budgetYearId = insert(department);
        const asOf = period(department.asOf);
        const fast = figureProjects(db, { budgetYearId }, asOf);
        const slow = evaluateProjects(db, listProjectsOfBudgetYear(db, budgetYearId), asOf);
        expect(fast.map((p) => p.project.id)).toEqual(slow.map((p) => p.project.id));
        fast.forEach((f, k) => {
          const s = slow[k]!;
          expect([f.light, f.budget.light, f.budget.executed]).toEqual([s.light, s.budget.light, s.budget.executed]);
          expect(close(f.budget.executionRate, s.budget.executionRate)).toBe(true);
          expect(f.indicators.map((i) => i.indicator.id)).toEqual(s.indicators.map((i) => i.indicator.id));
          f.indicators.forEach(({ evaluation: a }, j) => {
            const b = s.indicators[j]!.evaluation;
            expect({ light: a.light, reported: a.reported, stale: a.stale, met: a.met, status: a.status, latest: a.latestPeriod }).toEqual({
              light: b.light, reported: b.reported, stale: b.stale, met: b.met, status: b.status, latest: b.latestPeriod,
            });
            for (const key of ['actual', 'expected', 'ratio'] as const) expect(close(a[key], b[key]), `${key}: ${a[key]} vs ${b[key]}`).toBe(true);
          });
        });
      }),
      { numRuns: 150 },
    );
  });
});
