/**
 * A synthetic city-scale database for `npm run bench`: departments × projects × indicators, one leader and
 * a few owners per department, and a year of entries and budget executions — written with prepared
 * inserts in one transaction. Users exist, so `scripts/start.ts` will not seed demo data into it.
 */
import { openDb } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import type { Direction, MeasureMode, TargetKind } from '@/lib/target-value/types';
import { hashPassword } from '@/server/auth/password';
import { demoStatus, LIKELY } from '@/server/demo/seed-activity';

export const BENCH_YEAR = 2022;
export const BENCH_PASSWORD = 'bench1234';
/** The administrator, who reads 各部门总览 (every department). */
export const BENCH_ADMIN = 'bench-admin';

export interface CityShape {
  departments: number;
  projectsPerDepartment: number;
  indicatorsPerProject: number;
  ownersPerDepartment: number;
}

/** The department sizes the bench compares (projects per department). */
export const BENCH_SIZES = [35, 350, 3500] as const;

export const CITY: CityShape = { departments: 60, projectsPerDepartment: 35, indicatorsPerProject: 6, ownersPerDepartment: 5 };

type Template = [category: string, name: string, text: string, kind: TargetKind, comparator: string | null, value: number | null, unit: string | null, direction: Direction | null, mode: MeasureMode];

/** Structured targets after the seed table's patterns; project i uses templates i, i+1, … (mod length). */
const TEMPLATES: Template[] = [
  ['产出指标', '召开会议次数', '12次', 'quantitative', null, 12, '次', 'higher', 'cumulative'],
  ['产出指标', '开展现场检查企业数', '200家', 'quantitative', null, 200, '家', 'higher', 'cumulative'],
  ['效益指标', '服务对象满意度（%）', '≥90%', 'quantitative', '>=', 90, '%', 'higher', 'level'],
  ['效益指标', '用户投诉次数', '0次', 'quantitative', null, 0, '次', 'lower', 'cumulative'],
  ['满意度指标', '社会公众满意度', '有所提升', 'qualitative', null, null, null, 'higher', 'level'],
  ['成本指标', '项目成本控制', '不超过年初预算', 'qualitative', null, null, null, null, 'cumulative'],
  ['产出指标', '新闻宣传报道篇数', '100篇以上', 'quantitative', '>=', 100, '篇', 'higher', 'cumulative'],
  ['效益指标', '奖励补贴发放及时率', '100%', 'quantitative', null, 100, '%', 'higher', 'level'],
];

const PACES = [1, 1, 0.92, 1.05, 0.7, 1, 0.45, 1.35];

const period = (month: number) => `${BENCH_YEAR}-${String(month).padStart(2, '0')}`;
const at = (month: number) => `${period(month)}-28T09:00:00.000Z`;

export interface SizedDepartment {
  projects: number;
  leader: string;
  budgetYearId: number;
  /** Its first project, for the project page. */
  sampleProjectId: number;
}

export interface CityDatabase {
  leaders: string[];
  /** The extra departments of the sizes asked for (35, 350, 3,500 projects), after the city's. */
  sized: SizedDepartment[];
  /** A project of the first leader's department, for the project page. */
  sampleProjectId: number;
  sampleBudgetYearId: number;
  counts: { departments: number; projects: number; indicators: number; entries: number; executions: number };
}

/**
 * Creates the file, migrates it and fills it; `shape` defaults to the 60 × 35 × 6. `sizes` adds one more
 * department per size (its number of projects), so one file holds the city and departments of every size.
 */
export function buildCityDatabase(file: string, shape: CityShape = CITY, sizes: readonly number[] = []): CityDatabase {
  const db = openDb(file);
  migrateDb(db);
  const sqlite = db.$client;
  const q = {
    department: sqlite.prepare('insert into departments (name) values (?)'),
    budgetYear: sqlite.prepare('insert into budget_years (department_id, year, title, unit, total, fiscal, imported_at) values (?, ?, ?, ?, ?, ?, ?)'),
    budgetTotal: sqlite.prepare('update budget_years set total = ?, fiscal = ? where id = ?'),
    user: sqlite.prepare('insert into users (username, display_name, role, department_id, password_hash, created_at) values (?, ?, ?, ?, ?, ?)'),
    project: sqlite.prepare('insert into projects (budget_year_id, seq, name, total, fiscal, goal) values (?, ?, ?, ?, ?, ?)'),
    owner: sqlite.prepare('insert into project_owners (project_id, user_id) values (?, ?)'),
    indicator: sqlite.prepare(
      'insert into indicators (project_id, seq, category, name, target_text, target_kind, comparator, target_value, target_unit, direction, mode) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    entry: sqlite.prepare(
      'insert into entries (indicator_id, period, value, unit, status, reasons, explanation, possibility, user_id, created_at, superseded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    execution: sqlite.prepare('insert into budget_executions (project_id, period, amount, user_id, created_at) values (?, ?, ?, ?, ?)'),
  };
  const hash = hashPassword(BENCH_PASSWORD);
  const now = new Date().toISOString();
  const counts = { departments: 0, projects: 0, indicators: 0, entries: 0, executions: 0 };
  const leaders: string[] = [];
  let sampleProjectId = 0;
  let sampleBudgetYearId = 0;

  const addEntries = (indicatorId: number, template: Template, pace: number, userId: number, serial: number) => {
    const [, , , kind, , value, unit, direction, mode] = template;
    const lagging = pace < 0.8;
    const reasons = lagging ? '["人员保障"]' : '[]';
    const explanation = lagging ? '上半年人员调整，工作推进滞后' : '';
    const possibility = lagging ? LIKELY : null;
    for (let month = 1; month <= 12; month += 1) {
      let actual: number | null = null;
      let status: string | null = null;
      if (kind === 'qualitative') status = demoStatus(pace);
      else if (direction === 'lower') actual = pace < 0.5 && month % 4 === 0 ? 1 : 0;
      else if (mode === 'level') actual = Math.min(100, Math.round((value ?? 0) * pace * 10) / 10);
      else actual = Math.round(((value ?? 0) * pace) / 12 * 100) / 100;
      const row = [indicatorId, period(month), actual, actual == null ? null : unit, status, reasons, explanation, possibility, userId];
      if (serial % 10 === 0 && month === 6) q.entry.run(...row, at(month), at(month + 1)); // a replaced entry stays as history
      q.entry.run(...row, at(month), null);
      counts.entries += 1;
    }
  };

  const sized: SizedDepartment[] = [];
  const addDepartment = (d: number, projectCount: number) => {
    const tag = String(d).padStart(2, '0');
    const departmentId = Number(q.department.run(`市第${tag}局`).lastInsertRowid);
    const budgetYearId = Number(q.budgetYear.run(departmentId, BENCH_YEAR, '项目支出绩效目标表', '万元', 0, 0, now).lastInsertRowid);
    counts.departments += 1;
    q.user.run(`leader${tag}`, `第${tag}局领导`, 'leader', departmentId, hash, now);
    const owners = Array.from({ length: shape.ownersPerDepartment }, (_, o) =>
      Number(q.user.run(`owner${tag}-${o + 1}`, `第${tag}局负责人${o + 1}`, 'owner', departmentId, hash, now).lastInsertRowid),
    );
    let departmentTotal = 0;
    let firstProjectId = 0;
    for (let p = 1; p <= projectCount; p += 1) {
      const total = 20 + ((d * 37 + p * 101) % 2000);
      departmentTotal += total;
      const projectId = Number(q.project.run(budgetYearId, p, `第${tag}局项目${p}工作经费`, total, total, '按照有关文件要求做好年度重点工作，提升服务水平。').lastInsertRowid);
      if (p === 1) firstProjectId = projectId;
      counts.projects += 1;
      const userId = owners[p % owners.length] as number;
      q.owner.run(projectId, userId);
      const budgetPace = 0.55 + ((d * 7 + p * 13) % 55) / 100;
      for (let month = 1; month <= 12; month += 1) {
        q.execution.run(projectId, period(month), Math.round(Math.min(1, (month / 12) * budgetPace) * total * 100) / 100, userId, at(month));
        counts.executions += 1;
      }
      for (let i = 0; i < shape.indicatorsPerProject; i += 1) {
        const template = TEMPLATES[(p + i) % TEMPLATES.length] as Template;
        const [category, name, text, kind, comparator, value, unit, direction, mode] = template;
        const indicatorId = Number(q.indicator.run(projectId, i + 1, category, name, text, kind, comparator, value, unit, direction, mode).lastInsertRowid);
        counts.indicators += 1;
        addEntries(indicatorId, template, PACES[(d + p * 3 + i) % PACES.length] as number, userId, counts.indicators);
      }
    }
    q.budgetTotal.run(departmentTotal, departmentTotal, budgetYearId);
    return { leader: `leader${tag}`, budgetYearId, sampleProjectId: firstProjectId };
  };

  sqlite.transaction(() => {
    q.user.run(BENCH_ADMIN, '系统管理员', 'admin', null, hash, now);
    for (let d = 1; d <= shape.departments; d += 1) {
      const added = addDepartment(d, shape.projectsPerDepartment);
      leaders.push(added.leader);
      if (d === 1) [sampleProjectId, sampleBudgetYearId] = [added.sampleProjectId, added.budgetYearId];
    }
    sizes.forEach((projects, k) => sized.push({ projects, ...addDepartment(shape.departments + k + 1, projects) }));
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  return { leaders, sized, sampleProjectId, sampleBudgetYearId, counts };
}
