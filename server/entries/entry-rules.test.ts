import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { findCurrentExecution } from '@/db/queries/budget-executions';
import { findCurrentEntry } from '@/db/queries/indicators';
import { ImplausibleError, ValidationError } from '../errors';
import { saveExecution } from '../executions/save-execution';
import { errorResponse } from '../http/json-response';
import { createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { importSmallDepartment } from '@/test/support/small-department';
import { saveEntry } from './save-entry';

/** The small department: 召开会议 12次 (cumulative, a count), 会议项目 总计 100 万元. */
let db: Db;
let cleanup: () => void;
let small: ReturnType<typeof importSmallDepartment>;
let meetings: number;
let project: number;
beforeAll(() => {
  ({ db, cleanup } = createDemoDb());
  small = importSmallDepartment(db);
  const indicator = indicatorOf(db, '会议项目', '召开会议');
  meetings = indicator.id;
  project = indicator.projectId;
});
afterAll(() => cleanup());

function refusal(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('plausibility of an entry', () => {
  it('refuses 3.5 次 and 99,999,999,999,999 次 against 12次 unless confirmed, naming why', async () => {
    const fraction = refusal(() => saveEntry(db, small.owner, meetings, '2022-01', { value: 3.5 }));
    expect(fraction).toBeInstanceOf(ImplausibleError);
    expect((fraction as ImplausibleError).warnings.map((w) => w.code)).toEqual(['fraction-of-count']);
    const huge = refusal(() => saveEntry(db, small.owner, meetings, '2022-01', { value: 99_999_999_999_999 })) as ImplausibleError;
    expect(huge.warnings.map((w) => w.code)).toEqual(['above-target-multiple']);
    const body = await errorResponse(huge).json();
    expect(body).toMatchObject({ code: 'implausible', warnings: [{ code: 'above-target-multiple', message: '完成值 99,999,999,999,999 次 超过年度目标（12 次）的 10 倍' }] });
    expect(errorResponse(huge).status).toBe(422);
    expect(findCurrentEntry(db, meetings, '2022-01')).toBeUndefined();
  });

  it('saves a confirmed value with the warnings it confirmed', () => {
    const saved = saveEntry(db, small.owner, meetings, '2022-01', { value: 3.5, confirm: true });
    expect(saved.confirmedWarnings).toEqual(['“次”按整数计，完成值 3.5 次 不是整数']);
    expect(saveEntry(db, small.owner, meetings, '2022-01', { value: 1 }).confirmedWarnings).toEqual([]);
  });

  it('reads full-width digits typed in the form as the ASCII ones', () => {
    expect(saveEntry(db, small.owner, meetings, '2022-02', { value: '１' }, { numbers: 'typed' }).value).toBe(1);
  });
});

describe('the 全年预计完成值 of a cumulative indicator', () => {
  it('cannot be below the actual to date, and may equal it', () => {
    const below = refusal(() => saveEntry(db, small.owner, meetings, '2022-03', { value: 1, forecast: 2 }));
    expect(below).toBeInstanceOf(ValidationError);
    expect((below as ValidationError).fieldErrors.forecast).toEqual(['不能低于累计完成值 3 次']);
    expect(saveEntry(db, small.owner, meetings, '2022-03', { value: 1, forecast: 3 }).forecast).toBe(3);
  });
});

describe('the deviation fields of a red entry', () => {
  it('are each reported beside their own field', () => {
    const red = refusal(() => saveEntry(db, small.owner, meetings, '2022-06', { value: 0, reasons: ['其他'] })) as ValidationError;
    expect(red.fieldErrors).toEqual({
      explanation: ['原因说明为必填项：该指标当前为红灯'],
      possibility: ['完成目标可能性为必填项：该指标当前为红灯'],
    });
  });
});

describe('plausibility of a 执行数', () => {
  it('refuses one lower than an earlier month\'s, or above 总计, unless confirmed', () => {
    saveExecution(db, small.owner, project, '2022-05', { amount: 40 });
    const lower = refusal(() => saveExecution(db, small.owner, project, '2022-06', { amount: 30 })) as ImplausibleError;
    expect(lower.warnings.map((w) => w.code)).toEqual(['execution-decreased']);
    const above = refusal(() => saveExecution(db, small.owner, project, '2022-06', { amount: 120 })) as ImplausibleError;
    expect(above.warnings.map((w) => w.message)).toEqual(['累计执行数 120.00 万元超过项目总计 100.00 万元']);
    expect(findCurrentExecution(db, project, '2022-06')).toBeUndefined();
    expect(saveExecution(db, small.owner, project, '2022-06', { amount: 30, confirm: true }).confirmedWarnings).toHaveLength(1);
  });
});
