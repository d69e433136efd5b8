import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import type { Db } from '@/db';
import { auditLog, budgetExecutions, entries, indicators, sessions, targetChanges } from '@/db/schema';
import { safeNextPath } from '@/lib/auth/safe-next-path';
import { TableFormatError } from '@/lib/target-table';
import { signInWithPassword } from '../auth/sign-in';
import { AppError } from '../errors';
import { saveEntry } from '../entries/save-entry';
import { saveExecution } from '../executions/save-execution';
import { readTableFile } from '../import/read-table-file';
import { proposeTargetChange } from '../target-changes/propose-target-change';
import { setTarget } from '../target-changes/set-target';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { BAD_ENTRY_BODIES, BAD_EXECUTION_BODIES, BAD_PERIODS, BAD_SIGN_INS, BAD_TARGET_CHANGES, FORGED_IDS, OPEN_REDIRECTS, badTableFiles } from '@/test/support/bad-input-corpus';

let db: Db;
let cleanup: () => void;
let tried = 0;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => {
  cleanup();
  console.log(`bad inputs tried: ${tried}`);
});

const CHINESE = /[\u4e00-\u9fff]/;
const snapshot = () => ({
  entries: db.select({ n: count() }).from(entries).get()!.n,
  executions: db.select({ n: count() }).from(budgetExecutions).get()!.n,
  indicators: JSON.stringify(db.select().from(indicators).all()),
  targetChanges: db.select({ n: count() }).from(targetChanges).get()!.n,
});

/** The call is refused with a typed error (a 4xx, or exactly `status`) whose message is Chinese, and the database is unchanged. */
function expectRefused(call: () => unknown, status?: number) {
  const before = snapshot();
  let error: unknown;
  try {
    call();
  } catch (caught) {
    error = caught;
  }
  tried += 1;
  expect(error).toBeInstanceOf(AppError);
  if (status === undefined) {
    expect((error as AppError).status).toBeGreaterThanOrEqual(400);
    expect((error as AppError).status).toBeLessThan(500);
  } else expect((error as AppError).status).toBe(status);
  expect((error as AppError).message).toMatch(CHINESE);
  expect(snapshot()).toEqual(before);
}

describe('bad entries', () => {
  const indicator = () => indicatorOf(db, '金融高层次人才支持项目工作经费', '召开培训会');
  it.each(BAD_ENTRY_BODIES)('refuses %s', (_, body) => {
    expectRefused(() => saveEntry(db, actorOf(db, 'owner'), indicator().id, '2022-05', body));
  });
  it.each(BAD_PERIODS)('refuses the period %j', (period) => {
    expectRefused(() => saveEntry(db, actorOf(db, 'owner'), indicator().id, period, { value: 1 }));
  });
  it.each(FORGED_IDS)('refuses the indicator id %d', (id) => {
    expectRefused(() => saveEntry(db, actorOf(db, 'owner'), id, '2022-05', { value: 1 }));
  });
  it('refuses a status for a qualitative indicator that is not one of the three', () => {
    const qualitative = indicatorOf(db, '受托管理机构委托管理费', '普惠贷款风险保障水平');
    for (const status of ['完成', '', 'achieved', null]) expectRefused(() => saveEntry(db, actorOf(db, 'owner'), qualitative.id, '2022-05', { status }));
  });
});

describe('forged actors', () => {
  it.each([
    ['a leader', { role: 'leader' }],
    ['an owner of other projects', { id: -1, role: 'owner' }],
    ['an unknown role', { role: 'superadmin' }],
    ['another department', { departmentId: 999 }],
    ['an auditor', { role: 'auditor' }],
  ] as const)('refuses %s with 403', (_, forged) => {
    const actor = { ...actorOf(db, 'owner'), ...forged } as ReturnType<typeof actorOf>;
    const { id } = indicatorOf(db, '金融高层次人才支持项目工作经费', '召开培训会');
    expectRefused(() => saveEntry(db, actor, id, '2022-05', { value: 1 }), 403);
  });
});

describe('bad executions and target changes', () => {
  const projectId = () => indicatorOf(db, '优化营商环境工作经费', '参加会议人数').projectId;
  it.each(BAD_EXECUTION_BODIES)('refuses the execution %s', (_, body) => {
    expectRefused(() => saveExecution(db, actorOf(db, 'owner'), projectId(), '2022-05', body));
  });
  it.each(BAD_PERIODS.slice(0, 6))('refuses the execution period %j', (period) => {
    expectRefused(() => saveExecution(db, actorOf(db, 'owner'), projectId(), period, { amount: 1 }));
  });
  it.each(FORGED_IDS)('refuses the project id %d', (id) => {
    expectRefused(() => saveExecution(db, actorOf(db, 'owner'), id, '2022-05', { amount: 1 }));
  });
  const meetings = () => indicatorOf(db, '优化营商环境工作经费', '参加会议人数').id;
  it.each(BAD_TARGET_CHANGES)('refuses the target change %s, proposed or set', (_, body) => {
    expectRefused(() => proposeTargetChange(db, actorOf(db, 'owner'), meetings(), body));
    expectRefused(() => setTarget(db, actorOf(db, 'admin'), meetings(), body));
  });
  it.each(FORGED_IDS)('refuses a target change of the indicator id %d', (id) => {
    expectRefused(() => proposeTargetChange(db, actorOf(db, 'owner'), id, { reason: '伪造' }));
  });
});

describe('bad table files', () => {
  it.each(badTableFiles())('refuses %s with a Chinese message', async (_, bytes) => {
    tried += 1;
    const error = await readTableFile(bytes).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(TableFormatError);
    expect((error as Error).message).toMatch(CHINESE);
  });
});

describe('hostile sign-ins', () => {
  it.each(BAD_SIGN_INS)('refuses %s like a wrong password: no session, a bounded audit row without the password', (_, attempt) => {
    tried += 1;
    const sessionsBefore = db.select({ n: count() }).from(sessions).get()!.n;
    expect(signInWithPassword(db, { ...attempt, ip: '198.51.100.77' })).toEqual({ ok: false, reason: 'invalid' });
    expect(db.select({ n: count() }).from(sessions).get()!.n).toBe(sessionsBefore);
    const row = db.select().from(auditLog).all().at(-1)!;
    expect(row).toMatchObject({ action: 'login.failed', ip: '198.51.100.77' });
    expect(String((row.after as { username: string }).username).length).toBeLessThanOrEqual(64);
    if (typeof attempt.password === 'string' && attempt.password.length > 3) expect(JSON.stringify(row)).not.toContain(attempt.password);
  });
});

describe('open redirects after sign-in', () => {
  it.each(OPEN_REDIRECTS)('sends %j to the home page', (next) => {
    tried += 1;
    expect(safeNextPath(next)).toBe('/');
  });
});
