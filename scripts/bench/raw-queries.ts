/**
 * The benchmark's yardstick: each page's figures computed by one hand-written SQL query over the same
 * file — per-indicator actuals as of the month (sum for 累计, latest for 时点) and each project's latest
 * 执行数 — with no framework, no rendering and no domain rules applied.
 */
import Database from 'better-sqlite3';

/** Current entries up to the as-of month, aggregated per indicator of the budget year. */
const INDICATOR_ACTUALS = `
  ind as (
    select i.id, i.project_id, i.category, i.mode, i.target_kind, i.comparator, i.target_value, i.direction,
           count(e.id) as reported, sum(e.value) as cumulative, max(e.period) as latest_period,
           e.value as latest_value, e.status as latest_status
    from projects p
    join indicators i on i.project_id = p.id
    left join entries e on e.indicator_id = i.id and e.superseded_at is null and e.period <= :asOf
    where p.budget_year_id = :budgetYearId
    group by i.id
  ),
  ex as (
    select b.project_id, max(b.period) as period, b.amount
    from budget_executions b
    join projects p on p.id = b.project_id
    where p.budget_year_id = :budgetYearId and b.superseded_at is null and b.period <= :asOf
    group by b.project_id
  )`;

const ACTUAL = `case when ind.mode = 'level' then coalesce(ind.latest_value, ind.latest_status) else ind.cumulative end`;

/** 总览: every indicator's actual against its target, with its project's budget and latest 执行数. */
const OVERVIEW = `
  with ${INDICATOR_ACTUALS}
  select ind.id, ind.project_id, ind.category, ind.target_kind, ind.comparator, ind.target_value, ind.direction,
         ind.reported, ind.latest_period, ${ACTUAL} as actual, p.total, ex.amount as executed
  from ind
  join projects p on p.id = ind.project_id
  left join ex on ex.project_id = ind.project_id`;

/** 项目 list: one row per project with its owners, its indicators' actuals and its 执行率. */
const LIST = `
  with ${INDICATOR_ACTUALS}
  select p.id, p.seq, p.name, p.total, p.key_monitored,
         (select group_concat(u.display_name) from project_owners o join users u on u.id = o.user_id where o.project_id = p.id) as owners,
         count(ind.id) as indicators, sum(ind.reported > 0) as reported,
         json_group_array(json_array(ind.category, ind.target_value, ind.direction, ${ACTUAL})) as actuals,
         ex.amount / p.total as execution_rate
  from projects p
  left join ind on ind.project_id = p.id
  left join ex on ex.project_id = p.id
  where p.budget_year_id = :budgetYearId
  group by p.id
  order by p.seq`;

/** A project page: the project's indicators with their aggregated entries and month-by-month values. */
const PROJECT = `
  select i.id, i.seq, i.category, i.name, i.target_text, i.target_kind, i.comparator, i.target_value, i.target_unit,
         i.direction, i.mode, count(e.id) as reported, sum(e.value) as cumulative, max(e.period) as latest_period,
         e.value as latest_value, e.status as latest_status,
         json_group_array(json_array(e.period, e.value, e.status, e.user_id)) as months
  from indicators i
  left join entries e on e.indicator_id = i.id and e.superseded_at is null and e.period <= :asOf
  where i.project_id = :projectId
  group by i.id
  order by i.seq`;

export interface RawQueries {
  overview: () => unknown[];
  list: () => unknown[];
  project: () => unknown[];
  close: () => void;
}

/** Prepares the three queries on a read-only connection to the file. */
export function openRawQueries(file: string, { budgetYearId, projectId, asOf }: { budgetYearId: number; projectId: number; asOf: string }): RawQueries {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  const [overview, list, project] = [OVERVIEW, LIST, PROJECT].map((text) => sqlite.prepare(text));
  return {
    overview: () => overview!.all({ budgetYearId, asOf }),
    list: () => list!.all({ budgetYearId, asOf }),
    project: () => project!.all({ projectId, asOf }),
    close: () => sqlite.close(),
  };
}
