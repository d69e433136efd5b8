import type Database from 'better-sqlite3';
import { reminderRound } from './matrix-round';
import { attachmentOf, entryOf, SURVEY_PDF } from './attachment-state';
import { pendingTargetChange } from './pending-target-change';
import { matrixRound, openRoundBody, roundProjectId, roundProjectIn, spareOpenRound, type WantedRoundState } from './round-state';
import { selfEvaluationIn, type WantedState } from './self-evaluation-state';

/**
 * Who may do what: every page, route handler and server action of the app, for every role and for
 * anonymous requests. The matrix spec fails when the app has a route this file does not list.
 * Demo data (fresh e2e database): project 1 优化营商环境工作经费 belongs to `owner`; its indicators 1 and 3 are
 * qualitative, indicator 2 is 参加会议人数 (30), indicator 4 is 会议数（次）.
 */
export const ROLES = ['anonymous', 'admin', 'leader', 'owner', 'owner2', 'caizheng', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

const ALL: Role[] = ['admin', 'leader', 'owner', 'owner2', 'caizheng', 'auditor'];
const MONITORS: Role[] = ['admin', 'leader', 'owner', 'owner2'];
/** Who reads the monitoring data: the monitors and `caizheng`, the 财政 reviewer, who reads every department and writes nothing. */
const READERS: Role[] = [...MONITORS, 'caizheng'];

/** `ok`: the page renders; `login`: sent to the login page; `denied`: 无权访问; or where the role is sent. */
export type PageOutcome = 'ok' | 'login' | 'denied' | `redirect:${string}`;

export interface PageRule {
  path: string;
  /** The URL to visit (patterns filled in). */
  visit: string;
  allowed: Role[];
  /** Where signed-in roles without access end up (default: denied). */
  otherwise?: PageOutcome;
}

export const PAGES: PageRule[] = [
  { path: '/', visit: '/', allowed: READERS, otherwise: 'redirect:/audit' },
  { path: '/projects', visit: '/projects', allowed: READERS, otherwise: 'redirect:/audit' },
  { path: '/projects/[id]', visit: '/projects/1', allowed: READERS, otherwise: 'redirect:/audit' },
  { path: '/projects/[id]/self-evaluation', visit: '/projects/1/self-evaluation', allowed: READERS, otherwise: 'redirect:/audit' },
  { path: '/inbox', visit: '/inbox', allowed: READERS, otherwise: 'redirect:/audit' },
  { path: '/todos', visit: '/todos', allowed: READERS, otherwise: 'redirect:/audit' },
  { path: '/self-evaluations', visit: '/self-evaluations', allowed: ['admin', 'leader', 'caizheng'] },
  { path: '/reviews', visit: '/reviews', allowed: ['admin', 'leader'] },
  { path: '/rounds/[id]/projects/[projectId]', visit: '/rounds/1/projects/16', allowed: READERS, otherwise: 'redirect:/audit' },
  { path: '/admin/rounds', visit: '/admin/rounds', allowed: ['admin'] },
  { path: '/target-changes', visit: '/target-changes', allowed: ['admin', 'leader'] },
  { path: '/departments', visit: '/departments', allowed: ['admin', 'caizheng'] },
  { path: '/import', visit: '/import', allowed: ['admin'] },
  { path: '/admin/users', visit: '/admin/users', allowed: ['admin'] },
  { path: '/admin/users/[id]', visit: '/admin/users/2', allowed: ['admin'] },
  { path: '/admin/users/owners', visit: '/admin/users/owners', allowed: ['admin'] },
  { path: '/admin/users/tokens', visit: '/admin/users/tokens', allowed: ['admin'] },
  { path: '/admin/settings', visit: '/admin/settings', allowed: ['admin'] },
  { path: '/audit', visit: '/audit', allowed: ['admin', 'auditor'] },
  { path: '/account', visit: '/account', allowed: ALL },
];

/** Pages anyone may open. */
export const PUBLIC_PAGES = ['/login'];

export interface ApiCall {
  method: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  data?: unknown;
  /** A multipart/form-data body (an upload) instead of `data`. */
  multipart?: typeof SURVEY_PDF;
}

export interface ApiRule {
  route: string;
  /**
   * Method and URL to call, with a JSON body (or a raw string body, for an upload) for writes; or made when it is the
   * rule's turn, from the database as it is then (a record to act on).
   */
  call: ApiCall | ((db: Database.Database) => Promise<ApiCall>);
  /** Expected status per signed-in role; anonymous always expects 401 unless `public`. */
  status: Partial<Record<Role, number>>;
  public?: boolean;
}

/** A table of one project, for the import preview route. */
const SMALL_TABLE = [
  '项目支出绩效目标表',
  '部门名称：矩阵测试局',
  '单位：万元',
  '项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标',
  '合计\t10.00\t10.00\t\t\t\t',
  '矩阵测试项目\t10.00\t10.00\t\t\t测试目标\t1、产出指标：召开会议，年度指标值：2次。',
].join('\n');

const statuses = (allowed: Role[], ok: number, refused: number) =>
  Object.fromEntries(ALL.map((role) => [role, allowed.includes(role) ? ok : refused])) as Record<Role, number>;

export const API: ApiRule[] = [
  { route: 'GET /api/v1/overview', call: { method: 'GET', url: '/api/v1/overview?year=2022&asOf=2022-06' }, status: statuses(READERS, 200, 403) },
  { route: 'GET /api/v1/projects', call: { method: 'GET', url: '/api/v1/projects?year=2022' }, status: statuses(READERS, 200, 403) },
  { route: 'GET /api/v1/projects/[id]', call: { method: 'GET', url: '/api/v1/projects/1?asOf=2022-06' }, status: statuses(READERS, 200, 403) },
  {
    route: 'PUT /api/v1/indicators/[id]/entries/[period]',
    call: { method: 'PUT', url: '/api/v1/indicators/1/entries/2022-04', data: { status: '达成' } },
    status: statuses(['owner'], 200, 403),
  },
  {
    route: 'PUT /api/v1/projects/[id]/executions/[period]',
    call: { method: 'PUT', url: '/api/v1/projects/1/executions/2022-04', data: { amount: 10 } },
    status: statuses(['owner'], 200, 403),
  },
  {
    route: 'POST /api/v1/indicators/[id]/target-changes',
    call: {
      method: 'POST',
      url: '/api/v1/indicators/3/target-changes',
      data: { kind: 'qualitative', comparator: null, value: null, unit: null, direction: 'higher', mode: 'level', plannedPeriod: null, reason: '授权矩阵' },
    },
    status: statuses(['owner'], 201, 403),
  },
  ...(['approve', 'reject'] as const).map((decision) => ({
    route: `POST /api/v1/target-changes/[id]/${decision}`,
    call: async (db: Database.Database): Promise<ApiCall> => ({
      method: 'POST',
      url: `/api/v1/target-changes/${await pendingTargetChange(db, 1)}/${decision}`,
      data: { comment: '授权矩阵' },
    }),
    status: statuses(['admin'], 200, 403),
  })),
  ...attachmentRules(),
  ...selfEvaluationRules(),
  ...roundRules(),
  { route: 'GET /api/v1/todos', call: { method: 'GET', url: '/api/v1/todos' }, status: statuses(READERS, 200, 403) },
  {
    route: 'POST /api/v1/rounds/[id]/projects/[projectId]/remind',
    call: async () => ({ method: 'POST', url: `/api/v1/rounds/${reminderRound()}/projects/1/remind` }),
    status: statuses(['leader'], 200, 403),
  },
  { route: 'POST /api/v1/rounds/[id]/remind', call: async () => ({ method: 'POST', url: `/api/v1/rounds/${reminderRound()}/remind` }), status: statuses(['leader'], 200, 403) },
  { route: 'GET /api/v1/exports/monitoring.xlsx', call: { method: 'GET', url: '/api/v1/exports/monitoring.xlsx?year=2022&project=1' }, status: statuses(READERS, 200, 403) },
  // The demo department named: other specs may import more departments for 2022, and the administrator sees them all.
  { route: 'GET /api/v1/exports/projects', call: { method: 'GET', url: '/api/v1/exports/projects?format=csv&year=2022&department=1' }, status: statuses(READERS, 200, 403) },
  {
    route: 'POST /api/import/preview',
    call: { method: 'POST', url: '/api/import/preview', data: SMALL_TABLE },
    status: statuses(['admin'], 200, 403),
  },
  { route: 'GET /api/audit/export', call: { method: 'GET', url: '/api/audit/export' }, status: statuses(['admin', 'auditor'], 200, 403) },
  { route: 'GET /api/v1/openapi.json', call: { method: 'GET', url: '/api/v1/openapi.json' }, status: statuses(ALL, 200, 200), public: true },
  ...(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const).map((method) => ({
    route: `${method} /api/v1/[[...path]]`,
    call: { method, url: '/api/v1/no-such-resource' },
    status: statuses(ALL, 404, 404),
    public: true,
  })),
  { route: 'GET /api/auth/[...nextauth]', call: { method: 'GET', url: '/api/auth/providers' }, status: statuses(ALL, 200, 200), public: true },
];

/** 佐证材料 of project 1's indicator 1 (qualitative) for April: the entry, then a file, made as the owner when missing. */
function attachmentRules(): ApiRule[] {
  const entry = '/api/v1/indicators/1/entries/2022-04';
  return [
    {
      route: 'POST /api/v1/indicators/[id]/entries/[period]/attachments',
      call: async (db) => (await entryOf(db, 1, '2022-04'), { method: 'POST', url: `${entry}/attachments`, multipart: SURVEY_PDF }),
      status: statuses(['owner'], 201, 403),
    },
    { route: 'GET /api/v1/projects/[id]/attachments', call: { method: 'GET', url: '/api/v1/projects/1/attachments' }, status: statuses(READERS, 200, 403) },
    { route: 'GET /api/v1/attachments/[id]', call: async (db) => ({ method: 'GET', url: `/api/v1/attachments/${await attachmentOf(db, 1, '2022-04')}` }), status: statuses(READERS, 200, 403) },
    { route: 'DELETE /api/v1/attachments/[id]', call: async (db) => ({ method: 'DELETE', url: `/api/v1/attachments/${await attachmentOf(db, 1, '2022-04')}` }), status: statuses(['owner'], 204, 403) },
    {
      route: 'POST /api/v1/projects/[id]/self-evaluation/lines/[indicatorId]/attachments',
      call: async (db) => (await selfEvaluationIn(db, 1, 'editable'), { method: 'POST', url: '/api/v1/projects/1/self-evaluation/lines/2/attachments', multipart: SURVEY_PDF }),
      status: statuses(['owner'], 201, 403),
    },
  ];
}

/** The 自评 of project 1 (owner's): each write first brings it into the state it acts on. */
function selfEvaluationRules(): ApiRule[] {
  const base = '/api/v1/projects/1/self-evaluation';
  const after = (want: WantedState, call: ApiCall) => async (db: Database.Database) => (await selfEvaluationIn(db, 1, want), call);
  return [
    { route: 'GET /api/v1/projects/[id]/self-evaluation', call: { method: 'GET', url: base }, status: statuses(READERS, 200, 403) },
    { route: 'PUT /api/v1/projects/[id]/self-evaluation', call: after('editable', { method: 'PUT', url: base, data: { budgetAnalysis: '授权矩阵' } }), status: statuses(['owner'], 200, 403) },
    {
      route: 'PUT /api/v1/projects/[id]/self-evaluation/lines/[indicatorId]',
      call: after('editable', { method: 'PUT', url: `${base}/lines/2`, data: { analysis: '授权矩阵' } }),
      status: statuses(['owner'], 200, 403),
    },
    { route: 'POST /api/v1/projects/[id]/self-evaluation/submit', call: after('complete', { method: 'POST', url: `${base}/submit` }), status: statuses(['owner'], 200, 403) },
    { route: 'POST /api/v1/projects/[id]/self-evaluation/approve', call: after('submitted', { method: 'POST', url: `${base}/approve`, data: { comment: '授权矩阵' } }), status: statuses(['leader'], 200, 403) },
    { route: 'POST /api/v1/projects/[id]/self-evaluation/return', call: after('submitted', { method: 'POST', url: `${base}/return`, data: { comment: '授权矩阵' } }), status: statuses(['leader'], 200, 403) },
    { route: 'POST /api/v1/projects/[id]/self-evaluation/reopen', call: after('closed', { method: 'POST', url: `${base}/reopen`, data: { reason: '授权矩阵' } }), status: statuses(['admin'], 200, 403) },
    { route: 'GET /api/v1/exports/self-evaluation.xlsx', call: { method: 'GET', url: '/api/v1/exports/self-evaluation.xlsx?project=1' }, status: statuses(READERS, 200, 403) },
  ];
}

/** Monitoring rounds: the matrix's January round of the demo department (see round-state.ts), each step finding its state. */
function roundRules(): ApiRule[] {
  const project = (want: WantedRoundState | null, step: string, data?: unknown) => async (db: Database.Database): Promise<ApiCall> => {
    const roundId = want ? await roundProjectIn(db, want) : await matrixRound(db);
    return { method: step ? 'POST' : 'GET', url: `/api/v1/rounds/${roundId}/projects/${roundProjectId(db)}${step && `/${step}`}`, data };
  };
  return [
    { route: 'GET /api/v1/rounds', call: { method: 'GET', url: '/api/v1/rounds?year=2022' }, status: statuses(READERS, 200, 403) },
    { route: 'POST /api/v1/rounds', call: async (db) => ({ method: 'POST', url: '/api/v1/rounds', data: openRoundBody(db) }), status: statuses(['admin'], 201, 403) },
    { route: 'POST /api/v1/rounds/[id]/close', call: async (db) => ({ method: 'POST', url: `/api/v1/rounds/${await spareOpenRound(db)}/close` }), status: statuses(['admin'], 200, 403) },
    { route: 'GET /api/v1/rounds/[id]/projects/[projectId]', call: project(null, ''), status: statuses(READERS, 200, 403) },
    { route: 'POST /api/v1/rounds/[id]/projects/[projectId]/submit', call: project('submittable', 'submit'), status: statuses(['owner'], 200, 403) },
    { route: 'POST /api/v1/rounds/[id]/projects/[projectId]/return', call: project('submitted', 'return', { comment: '授权矩阵' }), status: statuses(['leader'], 200, 403) },
    { route: 'POST /api/v1/rounds/[id]/projects/[projectId]/approve', call: project('submitted', 'approve', { comment: '' }), status: statuses(['leader'], 200, 403) },
    { route: 'POST /api/v1/rounds/[id]/projects/[projectId]/reopen', call: project('closed', 'reopen', { reason: '授权矩阵' }), status: statuses(['admin'], 200, 403) },
  ];
}

/** next-auth's sign-in endpoint: public by design, exercised by the login tests. */
export const PUBLIC_ROUTE_HANDLERS = ['POST /api/auth/[...nextauth]'];
