/**
 * The monitoring figures' inputs, aggregated where the data is: one row per indicator (its latest counting entry),
 * one per cumulative indicator and unit (the sum of its values), one per project (its latest 执行数), joined on the
 * budget year (or one project) so no list of ids grows with the department. Standard SQL (window functions,
 * correlated subqueries with LIMIT) that PostgreSQL runs too; only the columns the pages show are read.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { projects, type Indicator, type Project } from '../schema';
import type { QualitativeStatus } from '../../lib/monitoring/types';

/** A department–year (optionally only one owner's projects), every department's table of a year, or a single project. */
export type FigureScope = { budgetYearId: number; ownerId?: number } | { year: number } | { projectId: number };

export type IndicatorSummary = Pick<
  Indicator,
  'id' | 'projectId' | 'seq' | 'category' | 'name' | 'targetText' | 'targetKind' | 'comparator' | 'targetValue' | 'targetUnit' | 'direction' | 'mode' | 'plannedPeriod'
>;

export type ProjectSummary = Pick<Project, 'id' | 'budgetYearId' | 'seq' | 'name' | 'total' | 'keyMonitored'>;

export interface LatestEntry {
  period: string;
  value: number | null;
  unit: string | null;
  status: QualitativeStatus | null;
}

export type IndicatorFigureRow = IndicatorSummary & { latest: LatestEntry | null };

/** The scope as a condition on the `projects` table (not aliased, so that drizzle's own queries can use it too). */
export function projectsOf(scope: FigureScope): SQL {
  if ('projectId' in scope) return sql`${projects.id} = ${scope.projectId}`;
  if ('year' in scope) return sql`${projects.budgetYearId} in (select y.id from budget_years y where y.year = ${scope.year})`;
  const owned = scope.ownerId === undefined ? sql`` : sql` and exists (select 1 from project_owners o where o.project_id = ${projects.id} and o.user_id = ${scope.ownerId})`;
  return sql`${projects.budgetYearId} = ${scope.budgetYearId}${owned}`;
}

/** An entry counts when it carries the figure its indicator's kind asks for (a status, or a value). */
const COUNTS = (e: string) =>
  sql.raw(`((i.target_kind = 'qualitative' and ${e}.status is not null) or (i.target_kind <> 'qualitative' and ${e}.value is not null))`);

type Row = Record<string, unknown>;

/** Every indicator of the scope with its latest counting current entry at or before `asOf`, by project seq then seq. */
export function listIndicatorFigures(db: DbOrTx, scope: FigureScope, asOf: string): IndicatorFigureRow[] {
  const rows = db.all<Row>(sql`
    select i.id, i.project_id, i.seq, i.category, i.name, i.target_text, i.target_kind, i.comparator, i.target_value,
           i.target_unit, i.direction, i.mode, i.planned_period,
           e.period as latest_period, e.value as latest_value, e.unit as latest_unit, e.status as latest_status
    from projects
    join indicators i on i.project_id = projects.id
    left join entries e on e.id = (
      select c.id from entries c
      where c.indicator_id = i.id and c.superseded_at is null and c.period <= ${asOf} and ${COUNTS('c')}
      order by c.period desc limit 1)
    where ${projectsOf(scope)}
    order by projects.seq, projects.id, i.seq, i.id`);
  return rows.map((r) => ({
    id: r.id as number,
    projectId: r.project_id as number,
    seq: r.seq as number,
    category: r.category as string | null,
    name: r.name as string,
    targetText: r.target_text as string,
    targetKind: r.target_kind as Indicator['targetKind'],
    comparator: r.comparator as Indicator['comparator'],
    targetValue: r.target_value as number | null,
    targetUnit: r.target_unit as string | null,
    direction: r.direction as Indicator['direction'],
    mode: r.mode as Indicator['mode'],
    plannedPeriod: r.planned_period as string | null,
    latest:
      r.latest_period == null
        ? null
        : { period: r.latest_period as string, value: r.latest_value as number | null, unit: r.latest_unit as string | null, status: r.latest_status as QualitativeStatus | null },
  }));
}

/** Cumulative quantitative indicators: the sum of their current values at or before `asOf`, per unit entered. */
export function listCumulativeSums(db: DbOrTx, scope: FigureScope, asOf: string): Map<number, { unit: string | null; total: number }[]> {
  const rows = db.all<{ indicator_id: number; unit: string | null; total: number }>(sql`
    select e.indicator_id, e.unit, sum(e.value) as total
    from projects
    join indicators i on i.project_id = projects.id
    join entries e on e.indicator_id = i.id
    where ${projectsOf(scope)} and i.target_kind <> 'qualitative' and i.mode = 'cumulative'
      and e.superseded_at is null and e.period <= ${asOf} and e.value is not null
    group by e.indicator_id, e.unit`);
  const sums = new Map<number, { unit: string | null; total: number }[]>();
  for (const r of rows) sums.set(r.indicator_id, [...(sums.get(r.indicator_id) ?? []), { unit: r.unit, total: r.total }]);
  return sums;
}

export type ProjectFigureRow = ProjectSummary & { executed: { period: string; amount: number } | null };

/** The scope's projects by seq, each with its latest current cumulative 执行数 at or before `asOf`. */
export function listProjectFigures(db: DbOrTx, scope: FigureScope, asOf: string): ProjectFigureRow[] {
  const rows = db.all<Row>(sql`
    select projects.id, projects.budget_year_id, projects.seq, projects.name, projects.total, projects.key_monitored, b.period, b.amount
    from projects
    left join budget_executions b on b.id = (
      select x.id from budget_executions x
      where x.project_id = projects.id and x.superseded_at is null and x.period <= ${asOf}
      order by x.period desc limit 1)
    where ${projectsOf(scope)}
    order by projects.seq, projects.id`);
  return rows.map((r) => ({
    id: r.id as number,
    budgetYearId: r.budget_year_id as number,
    seq: r.seq as number,
    name: r.name as string,
    total: r.total as number | null,
    keyMonitored: Boolean(r.key_monitored),
    executed: r.period == null ? null : { period: r.period as string, amount: r.amount as number },
  }));
}

/**
 * Month by month up to `asOf`: how much the scope's latest cumulative 执行数 grew (each project's amount minus its
 * previous month's on record) and how many projects recorded their first one. Summing the months up to m gives the
 * total of every project's latest 执行数 as of m.
 */
export function listExecutionSteps(db: DbOrTx, scope: FigureScope, asOf: string): { period: string; growth: number; firsts: number }[] {
  return db.all<{ period: string; growth: number; firsts: number }>(sql`
    select d.period, sum(d.growth) as growth, sum(d.first) as firsts
    from (
      select b.period,
             b.amount - coalesce(lag(b.amount) over (partition by b.project_id order by b.period), 0) as growth,
             case when lag(b.amount) over (partition by b.project_id order by b.period) is null then 1 else 0 end as first
      from projects
      join budget_executions b on b.project_id = projects.id
      where ${projectsOf(scope)} and b.superseded_at is null and b.period <= ${asOf}
    ) d
    group by d.period
    order by d.period`);
}

/** 偏差原因 and 原因说明 of the latest current entry at or before `asOf` that gives any, per indicator of the scope. */
export function listLatestExplanations(db: DbOrTx, scope: FigureScope, asOf: string): Map<number, { reasons: string[]; explanation: string }> {
  const rows = db.all<{ indicator_id: number; reasons: string; explanation: string }>(sql`
    select e.indicator_id, e.reasons, e.explanation
    from projects
    join indicators i on i.project_id = projects.id
    join entries e on e.id = (
      select c.id from entries c
      where c.indicator_id = i.id and c.superseded_at is null and c.period <= ${asOf} and (c.reasons <> '[]' or c.explanation <> '')
      order by c.period desc limit 1)
    where ${projectsOf(scope)}`);
  return new Map(rows.map((r) => [r.indicator_id, { reasons: JSON.parse(r.reasons) as string[], explanation: r.explanation }]));
}
