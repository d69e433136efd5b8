import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { entries } from '@/db/schema';
import { ConflictError, DeviationRequiredError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { putEntryJson } from './entries';
import { listProjectsJson, projectJson, putExecutionJson } from './projects';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

const PROJECT = '推动资本市场发展工作经费';
const today = new Date('2024-03-15T12:00:00');

describe('listProjectsJson', () => {
  it('lists the 34 demo projects with amounts and owners, as of December of a past year by default', () => {
    const { projects } = listProjectsJson(db, actorOf(db, 'leader'), { year: 2022 }, today);
    expect(projects).toHaveLength(34);
    const project = projects.find((p) => p.name === PROJECT)!;
    expect(project).toEqual({
      id: project.id,
      name: PROJECT,
      amounts: { total: 60, fiscal: 60, specialAccount: null, other: null },
      owners: ['owner'],
      light: 'gray',
      budgetLight: 'gray',
      executionRate: null,
      indicatorCount: 4,
    });
  });

  it('gives an empty list for a year without a table, and for an unknown department of the admin', () => {
    expect(listProjectsJson(db, actorOf(db, 'owner'), { year: 2030 }, today)).toEqual({ projects: [] });
    expect(listProjectsJson(db, actorOf(db, 'admin'), { year: 2022, departmentId: 999 }, today)).toEqual({ projects: [] });
    expect(listProjectsJson(db, actorOf(db, 'admin'), { year: 2022 }, today).projects).toHaveLength(34);
  });

  it('refuses the auditor and another department', () => {
    expect(() => listProjectsJson(db, actorOf(db, 'auditor'), { year: 2022 }, today)).toThrow(ForbiddenError);
    expect(() => listProjectsJson(db, actorOf(db, 'leader'), { year: 2022, departmentId: 999 }, today)).toThrow(ForbiddenError);
  });
});

describe('entries and executions through the API use cases', () => {
  it('returns the indicator as of the month, with fractions and an ETag, and keeps replaced entries as history', () => {
    const owner = actorOf(db, 'owner');
    const indicator = indicatorOf(db, PROJECT, '为企业出具上市守法证明协调函');
    putEntryJson(db, owner, indicator.id, '2022-05', { value: 70 }, undefined);
    const first = putEntryJson(db, owner, indicator.id, '2022-06', { value: 5 }, undefined);
    expect(first.indicator.ratio).toBeCloseTo(75 / 90);
    const { indicator: json, etag } = putEntryJson(db, owner, indicator.id, '2022-06', { value: 11 }, Number(first.etag.replaceAll('"', '')));
    expect(json).toMatchObject({ actual: 81, expected: 90, ratio: 0.9, light: 'green', met: false });
    expect(json.entries.map((e) => [e.period, e.value, e.by])).toEqual([
      ['2022-05', 70, 'owner'],
      ['2022-06', 11, 'owner'],
    ]);
    expect(etag).toBe(`"${json.entries[1].id}"`);
    expect(db.select({ n: count() }).from(entries).where(eq(entries.indicatorId, indicator.id)).get()!.n).toBe(3);
  });

  it('answers a stale If-Match with a 409 naming the current entry in the API shape', () => {
    const owner = actorOf(db, 'owner');
    const indicator = indicatorOf(db, PROJECT, '服务保障证券期货基金等金融机构');
    const { etag } = putEntryJson(db, owner, indicator.id, '2022-03', { value: 3 }, null);
    const id = Number(etag.replaceAll('"', ''));
    putEntryJson(db, owner, indicator.id, '2022-03', { value: 4 }, id);
    try {
      putEntryJson(db, owner, indicator.id, '2022-03', { value: 5 }, id);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).current).toMatchObject({ period: '2022-03', value: 4, by: 'owner' });
    }
  });

  it('passes on the use case errors: 404, 403, 400, 422', () => {
    const owner = actorOf(db, 'owner');
    const indicator = indicatorOf(db, PROJECT, '企业上市数量');
    const other = indicatorOf(db, '广州市金融业综合业务管理平台(一期)项目', '上线运行稳定可靠率');
    expect(() => putEntryJson(db, owner, 999_999, '2022-06', { value: 1 }, undefined)).toThrow(NotFoundError);
    expect(() => putEntryJson(db, owner, other.id, '2022-06', { value: 0.5 }, undefined)).toThrow(ForbiddenError);
    expect(() => putEntryJson(db, owner, indicator.id, '2023-01', { value: 1 }, undefined)).toThrow(ValidationError);
    expect(() => putEntryJson(db, owner, indicator.id, '2022-06', { value: '1' }, undefined)).toThrow('完成值应为数字');
    expect(() => putEntryJson(db, owner, indicator.id, '2022-06', { value: 1, explanation: 3 }, undefined)).toThrow('原因说明应为文本');
    expect(() => putEntryJson(db, owner, indicator.id, '2022-06', { value: 1 }, undefined)).toThrow(DeviationRequiredError);
  });

  it('records an execution and returns the project with the execution rate as a fraction', () => {
    const owner = actorOf(db, 'owner');
    const { id } = listProjectsJson(db, owner, { year: 2022 }, today).projects.find((p) => p.name === PROJECT)!;
    const { project: json } = putExecutionJson(db, owner, id, '2022-06', { amount: 27 });
    expect(json).toMatchObject({ executionRate: 0.45, budgetLight: 'green', indicatorCount: 4 });
    expect(json.indicators).toHaveLength(4);
    expect(() => putExecutionJson(db, owner, id, '2022-06', { amount: -1 })).toThrow('不能为负数');
    expect(() => putExecutionJson(db, owner, id, '2022-06', { amount: 1, amout: 2 })).toThrow('未知字段：amout（可用字段：amount、confirm）');
    expect(projectJson(db, owner, id, undefined, today).executionRate).toBe(0.45);
    expect(() => projectJson(db, owner, id, '2023-01', today)).toThrow('2022 年内');
  });
});
