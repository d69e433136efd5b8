import type Database from 'better-sqlite3';
import { formData } from './invoke-action';
import type { Role } from './matrix';

export interface ActionRule {
  action: string;
  /** The page the action is posted to (any page that uses it). */
  page: string;
  args: () => unknown[];
  allowed: Role[];
  /** A reading of the database that the action changes when, and only when, it is allowed. */
  effect?: (db: Database.Database) => unknown;
  /** For actions that change nothing: text the response carries when allowed. */
  answers?: string;
}

const ENTRY_STATE = { ok: false, message: null, fieldErrors: {} };
const scalar = (db: Database.Database, sql: string) => db.prepare(sql).pluck().get();

const SMALL_TABLE = [
  '项目支出绩效目标表',
  '部门名称：矩阵测试局',
  '单位：万元',
  '项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标',
  '合计\t10.00\t10.00\t\t\t\t',
  '矩阵测试项目\t10.00\t10.00\t\t\t测试目标\t1、产出指标：召开会议，年度指标值：2次。',
].join('\n');

const IMPORT_PAYLOAD = {
  preview: {
    title: '项目支出绩效目标表',
    department: '矩阵测试局',
    unit: '万元',
    totals: { total: 10, fiscal: 10, specialAccount: null, other: null },
    projects: [
      {
        name: '矩阵测试项目',
        amounts: { total: 10, fiscal: 10, specialAccount: null, other: null },
        goal: '测试目标',
        indicators: [
          {
            seq: 1,
            category: '产出指标',
            subcategory: null,
            name: '召开会议',
            targetText: '2次',
            target: { kind: 'quantitative', comparator: null, value: 2, unit: '次', direction: 'higher' },
            mode: 'cumulative',
          },
        ],
      },
    ],
    warnings: [],
  },
  departmentName: '矩阵测试局',
  year: 2031,
  confirmRemovals: false,
};

export const ACTIONS: ActionRule[] = [
  {
    action: 'app/(app)/projects/[id]/actions.ts#saveEntryAction',
    page: '/projects/1',
    args: () => [ENTRY_STATE, formData({ indicatorId: '1', period: '2022-02', status: '达成', expectedEntryId: '' })],
    allowed: ['owner'],
    effect: (db) => scalar(db, "select count(*) from entries where indicator_id = 1 and period = '2022-02' and superseded_at is null"),
  },
  {
    action: 'app/(app)/projects/[id]/actions.ts#saveExecutionAction',
    page: '/projects/1',
    args: () => [ENTRY_STATE, formData({ projectId: '1', period: '2022-02', amount: '5', expectedExecutionId: '' })],
    allowed: ['owner'],
    effect: (db) => scalar(db, "select count(*) from budget_executions where project_id = 1 and period = '2022-02' and superseded_at is null"),
  },
  {
    action: 'app/(app)/projects/[id]/actions.ts#updateTargetAction',
    page: '/projects/1',
    args: () => [
      ENTRY_STATE,
      formData({ indicatorId: '4', category: '产出指标', kind: 'quantitative', comparator: '>=', value: '7', unit: '次', direction: 'higher', mode: 'cumulative' }),
    ],
    allowed: ['owner'],
    effect: (db) => scalar(db, 'select target_value from indicators where id = 4'),
  },
  {
    action: 'app/(app)/projects/[id]/actions.ts#setKeyMonitoredAction',
    page: '/projects/1',
    args: () => [formData({ projectId: '1', keyMonitored: 'true' })],
    allowed: ['admin'],
    effect: (db) => scalar(db, 'select key_monitored from projects where id = 1'),
  },
  {
    action: 'app/(app)/import/actions.ts#previewImportAction',
    page: '/import',
    args: () => [formData({ text: SMALL_TABLE })],
    allowed: ['admin'],
    answers: '矩阵测试项目',
  },
  {
    action: 'app/(app)/import/actions.ts#confirmImportAction',
    page: '/import',
    args: () => [IMPORT_PAYLOAD],
    allowed: ['admin'],
    effect: (db) => scalar(db, 'select count(*) from budget_years'),
  },
];

/** Actions anyone may call: signing in and out change no data but the caller's own session. */
export const PUBLIC_ACTIONS = ['app/login/actions.ts#login', 'app/(app)/logout-action.ts#logout'];
