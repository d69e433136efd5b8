import type Database from 'better-sqlite3';
import { formData } from './invoke-action';
import type { Role } from './matrix';
import { pendingTargetChange } from './pending-target-change';

export interface ActionRule {
  action: string;
  /** The page the action is posted to (any page that uses it). */
  page: string;
  args: (db: Database.Database) => unknown[] | Promise<unknown[]>;
  allowed: Role[];
  /** A reading of the database that the action changes when, and only when, it is allowed. */
  effect?: (db: Database.Database) => unknown;
  /** For actions that change nothing: text the response carries when allowed. */
  answers?: string;
}

const ENTRY_STATE = { ok: false, message: null, fieldErrors: {} };
const scalar = (db: Database.Database, sql: string) => db.prepare(sql).pluck().get();

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

export const PROJECT_ACTIONS: ActionRule[] = [
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
    action: 'app/(app)/projects/[id]/actions.ts#proposeTargetChangeAction',
    page: '/projects/1',
    args: () => [
      ENTRY_STATE,
      formData({ indicatorId: '4', kind: 'quantitative', comparator: '>=', value: '3', unit: '次', direction: 'higher', mode: 'cumulative', plannedPeriod: '', reason: '授权矩阵' }),
    ],
    allowed: ['owner'],
    effect: (db) => scalar(db, 'select count(*) from target_changes where indicator_id = 4'),
  },
  {
    action: 'app/(app)/projects/[id]/actions.ts#setTargetAction',
    page: '/projects/1',
    // One more than the target that counts, so the change always moves something.
    args: (db) => [
      ENTRY_STATE,
      formData({ indicatorId: '2', kind: 'quantitative', comparator: '', value: String(Number(scalar(db, 'select target_value from indicators where id = 2')) + 1), unit: '人', direction: 'higher', mode: 'cumulative', plannedPeriod: '', reason: '授权矩阵' }),
    ],
    allowed: ['admin'],
    effect: (db) => scalar(db, 'select target_value from indicators where id = 2'),
  },
  {
    action: 'app/(app)/projects/[id]/actions.ts#setKeyMonitoredAction',
    page: '/projects/1',
    args: () => [formData({ projectId: '1', keyMonitored: 'true' })],
    allowed: ['admin'],
    effect: (db) => scalar(db, 'select key_monitored from projects where id = 1'),
  },
  {
    action: 'app/(app)/import/actions.ts#confirmImportAction',
    page: '/import',
    args: () => [IMPORT_PAYLOAD],
    allowed: ['admin'],
    effect: (db) => scalar(db, 'select count(*) from budget_years'),
  },
];

/** Approve and reject act on a pending change of project 1's indicator 1, proposed for the rule when none waits. */
export const TARGET_CHANGE_ACTIONS: ActionRule[] = (['approve', 'reject'] as const).map((decision) => ({
  action: `app/(app)/target-changes/actions.ts#${decision}TargetChangeAction`,
  page: '/target-changes',
  args: async (db) => [ENTRY_STATE, formData({ changeId: String(await pendingTargetChange(db, 1)), comment: '授权矩阵' })],
  allowed: ['admin'],
  effect: (db) => scalar(db, `select count(*) from target_changes where indicator_id = 1 and status = '${decision === 'approve' ? 'approved' : 'rejected'}'`),
}));

/** The user the admin creates in this matrix (id -1 until then, which every role is refused on). */
const matrixUserId = (db: Database.Database) => String(scalar(db, "select id from users where username = 'matrix-user'") ?? -1);
const ALL_SIGNED_IN: Role[] = ['admin', 'leader', 'owner', 'owner2', 'auditor'];

export const USER_ACTIONS: ActionRule[] = [
  {
    action: 'app/(app)/admin/users/actions.ts#createUserAction',
    page: '/admin/users',
    args: () => [ENTRY_STATE, formData({ username: 'matrix-user', displayName: '矩阵用户', role: 'owner', departmentId: '1', password: 'matrix1234' })],
    allowed: ['admin'],
    effect: (db) => scalar(db, 'select count(*) from users'),
  },
  {
    action: 'app/(app)/admin/users/actions.ts#updateUserAction',
    page: '/admin/users/2',
    args: (db) => [ENTRY_STATE, formData({ userId: matrixUserId(db), displayName: '矩阵用户（改）', role: 'owner', departmentId: '1' })],
    allowed: ['admin'],
    effect: (db) => scalar(db, "select display_name from users where username = 'matrix-user'"),
  },
  {
    action: 'app/(app)/admin/users/actions.ts#resetPasswordAction',
    page: '/admin/users/2',
    args: (db) => [ENTRY_STATE, formData({ userId: matrixUserId(db), password: 'matrix5678' })],
    allowed: ['admin'],
    effect: (db) => scalar(db, "select password_hash from users where username = 'matrix-user'"),
  },
  {
    action: 'app/(app)/admin/users/actions.ts#unlockUserAction',
    page: '/admin/users/2',
    args: (db) => [ENTRY_STATE, formData({ userId: matrixUserId(db) })],
    allowed: ['admin'],
    answers: '该账户未被锁定',
  },
  {
    action: 'app/(app)/admin/users/actions.ts#assignOwnersAction',
    page: '/admin/users/owners',
    // Project 2 gets owner2 as a second owner; `owner` keeps it.
    args: () => [ENTRY_STATE, formData({ budgetYearId: '1', project: '2', owner: ['2:3', '2:4'] })],
    allowed: ['admin'],
    effect: (db) => scalar(db, 'select count(*) from project_owners where project_id = 2'),
  },
  {
    action: 'app/(app)/account/actions.ts#changePasswordAction',
    page: '/account',
    // A mismatched confirmation: everyone signed in reaches the check, nobody's password changes.
    args: () => [ENTRY_STATE, formData({ current: 'demo1234', next: 'changed1234', confirm: 'changed9999' })],
    allowed: ALL_SIGNED_IN,
    answers: '两次输入的新密码不一致',
  },
];

/** Only the deviation reasons change (a seventh category), so later specs judge entries by the default thresholds. */
const SETTINGS_FORM = {
  lightRed: '0.6', lightYellow: '0.8', lightGreen: '1.2', budgetRed: '0.6', budgetYellow: '0.8',
  deviationReasons: '经费保障\n制度保障\n人员保障\n硬件条件保障\n其他\n外部环境', officialRoundMonth: '8',
  weightBudget: '10', weightOutput: '50', weightBenefit: '30', weightSatisfaction: '10', reverseScoring: 'linear', grade优: '90', grade良: '80', grade中: '60',
};

export const SETTINGS_ACTIONS: ActionRule[] = [
  {
    action: 'app/(app)/admin/settings/actions.ts#updateSettingsAction',
    page: '/admin/settings',
    args: () => [ENTRY_STATE, formData(SETTINGS_FORM)],
    allowed: ['admin'],
    effect: (db) => scalar(db, "select value from app_settings where key = 'monitoring'"),
  },
];

/** Actions anyone may call: signing in and out change no data but the caller's own session. */
export const PUBLIC_ACTIONS = ['app/login/actions.ts#login', 'app/(app)/logout-action.ts#logout'];
