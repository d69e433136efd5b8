import type Database from 'better-sqlite3';
import { formData } from './invoke-action';
import type { Role } from './matrix';
import { pendingTargetChange } from './pending-target-change';
import { freeMonth, roundProjectId, roundProjectIn, spareOpenRound, type WantedRoundState } from './round-state';
import { selfEvaluationIn, type WantedState } from './self-evaluation-state';

interface ActionRuleBase {
  action: string;
  /** The page the action is posted to (any page that uses it). */
  page: string;
  args: (db: Database.Database) => unknown[] | Promise<unknown[]>;
  allowed: Role[];
  /**
   * The HTTP status of a refusal (default 200: form actions answer a refusal with its message in the form state; an
   * action without a form state throws, which Next answers with 500). An allowed call always answers 200.
   */
  refusedStatus?: number;
}

/** Every rule says how an allowed call shows: a change in the database, or (for actions that change nothing) an answer. */
export type ActionRule = ActionRuleBase &
  (
    | { /** A reading of the database that the action changes when, and only when, it is allowed. */ effect: (db: Database.Database) => unknown; answers?: never }
    | { /** Text the response carries when, and only when, the call is allowed. */ answers: string; effect?: never }
  );

export const ENTRY_STATE = { ok: false, message: null, fieldErrors: {} };
export const scalar = (db: Database.Database, sql: string) => db.prepare(sql).pluck().get();

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
    refusedStatus: 500,
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

const SELF_EVALUATION_PAGE = '/projects/1/self-evaluation';
const SELF_EVALUATION_ACTION = (name: string) => `app/(app)/projects/[id]/self-evaluation/actions.ts#${name}`;
const events = (kind: string) => (db: Database.Database) => scalar(db, `select count(*) from self_evaluation_events where kind = '${kind}'`);
/** Audit rows of the action itself: the state helper writes 授权矩阵, the actions 授权矩阵动作. */
const audited = (action: string) => (db: Database.Database) => scalar(db, `select count(*) from audit_log where action = '${action}' and after like '%授权矩阵动作%'`);
const inState = (want: WantedState, fields: Record<string, string>) => async (db: Database.Database) => {
  await selfEvaluationIn(db, 1, want);
  return [ENTRY_STATE, formData({ projectId: '1', ...fields })];
};

/** The 自评 of project 1: each action finds it in the state it acts on (see self-evaluation-state.ts). */
export const SELF_EVALUATION_ACTIONS: ActionRule[] = [
  {
    action: SELF_EVALUATION_ACTION('updateSelfEvaluationLineAction'),
    page: SELF_EVALUATION_PAGE,
    args: inState('editable', { indicatorId: '2', reason: '', score: '', analysis: '授权矩阵动作' }),
    allowed: ['owner'],
    effect: audited('self-evaluation.line'),
  },
  {
    action: SELF_EVALUATION_ACTION('updateSelfEvaluationSummaryAction'),
    page: SELF_EVALUATION_PAGE,
    args: inState('editable', { adjustedBudget: '', goalActual: '授权矩阵动作', budgetAnalysis: '授权矩阵' }),
    allowed: ['owner'],
    effect: audited('self-evaluation.update'),
  },
  { action: SELF_EVALUATION_ACTION('submitSelfEvaluationAction'), page: SELF_EVALUATION_PAGE, args: inState('complete', {}), allowed: ['owner'], effect: events('submit') },
  { action: SELF_EVALUATION_ACTION('approveSelfEvaluationAction'), page: SELF_EVALUATION_PAGE, args: inState('submitted', { comment: '' }), allowed: ['leader'], effect: events('approve') },
  { action: SELF_EVALUATION_ACTION('returnSelfEvaluationAction'), page: SELF_EVALUATION_PAGE, args: inState('submitted', { comment: '授权矩阵' }), allowed: ['leader'], effect: events('return') },
  { action: SELF_EVALUATION_ACTION('reopenSelfEvaluationAction'), page: SELF_EVALUATION_PAGE, args: inState('closed', { reason: '授权矩阵' }), allowed: ['admin'], effect: events('reopen') },
];

const ROUND_ACTION = (name: string) => `app/(app)/rounds/actions.ts#${name}`;
const roundEvents = (kind: string) => (db: Database.Database) => scalar(db, `select count(*) from round_events where kind = '${kind}'`);
const roundStep = (want: WantedRoundState, fields: Record<string, string>) => async (db: Database.Database) => {
  const roundId = await roundProjectIn(db, want);
  return [ENTRY_STATE, formData({ roundId: String(roundId), projectId: String(roundProjectId(db)), ...fields })];
};

/** Monitoring rounds: opening one of a free month, closing a spare one, and each step on the matrix's January round. */
export const ROUND_ACTIONS: ActionRule[] = [
  {
    action: ROUND_ACTION('openRoundAction'),
    page: '/admin/rounds',
    args: (db) => [ENTRY_STATE, formData({ budgetYear: `${scalar(db, "select department_id from budget_years b join projects p on p.budget_year_id = b.id where p.id = 1")}:2022`, period: freeMonth(db), deadline: '2022-12-31' })],
    allowed: ['admin'],
    effect: (db) => scalar(db, 'select count(*) from monitoring_rounds'),
  },
  {
    action: ROUND_ACTION('closeRoundAction'),
    page: '/admin/rounds',
    args: async (db) => [ENTRY_STATE, formData({ roundId: String(await spareOpenRound(db)) })],
    allowed: ['admin'],
    effect: (db) => scalar(db, "select count(*) from monitoring_rounds where status = 'closed'"),
  },
  { action: ROUND_ACTION('submitRoundAction'), page: '/projects/1', args: roundStep('submittable', {}), allowed: ['owner'], effect: roundEvents('submit') },
  { action: ROUND_ACTION('returnRoundAction'), page: '/projects/1', args: roundStep('submitted', { comment: '授权矩阵' }), allowed: ['leader'], effect: roundEvents('return') },
  { action: ROUND_ACTION('approveRoundAction'), page: '/projects/1', args: roundStep('submitted', { comment: '' }), allowed: ['leader'], effect: roundEvents('approve') },
  { action: ROUND_ACTION('reopenRoundAction'), page: '/projects/1', args: roundStep('closed', { reason: '授权矩阵' }), allowed: ['admin'], effect: roundEvents('reopen') },
];

/** Only the deviation reasons change (a seventh category), so later specs judge entries by the default thresholds. */
const SETTINGS_FORM = {
  lightRed: '0.6', lightYellow: '0.8', lightGreen: '1.2', budgetRed: '0.6', budgetYellow: '0.8',
  deviationReasons: '经费保障\n制度保障\n人员保障\n硬件条件保障\n其他\n外部环境', officialRoundMonth: '8',
  weightBudget: '10', weightOutput: '50', weightBenefit: '30', weightSatisfaction: '10', reverseScoring: 'linear', grade优: '90', grade良: '80', grade中: '60',
  noteMaxLength: '2000', maxTargetMultiple: '10', countUnits: '次\n家\n人\n个\n场\n期\n篇\n份\n项\n户',
  warningSpendingGap: '0.05', warningLowExecution: '0.8',
  'warning-all-full-score': 'on', 'warning-spending-gap': 'on', 'warning-satisfaction-evidence': 'on', 'warning-cost-higher': 'on', 'warning-low-execution': 'on',
};

export const SETTINGS_ACTIONS: ActionRule[] = [
  {
    action: 'app/(app)/admin/settings/actions.ts#updateSettingsAction',
    page: '/admin/settings',
    args: () => [ENTRY_STATE, formData(SETTINGS_FORM)],
    allowed: ['admin'],
    effect: (db) => scalar(db, "select value from app_settings where key = 'monitoring'"),
  },
  {
    action: 'app/(app)/admin/settings/actions.ts#updatePasswordExpiryAction',
    page: '/admin/settings',
    // Ten years: no password of the test run expires because of it.
    args: () => [ENTRY_STATE, formData({ passwordMaxAgeDays: '3650' })],
    allowed: ['admin'],
    effect: (db) => scalar(db, "select value from app_settings where key = 'password_expiry'"),
  },
  {
    action: 'app/(app)/admin/settings/actions.ts#endDemoModeAction',
    page: '/admin/settings',
    // Without the confirmation: the administrator reaches the check (demo mode stays on for the other specs).
    args: () => [ENTRY_STATE, formData({})],
    allowed: ['admin'],
    answers: '请勾选“我已了解”',
  },
];

/** Actions anyone may call: signing in and out change no data but the caller's own session. */
export const PUBLIC_ACTIONS = ['app/login/actions.ts#login', 'app/(app)/logout-action.ts#logout'];
