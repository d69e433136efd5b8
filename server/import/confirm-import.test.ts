import { readFileSync } from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { budgetYears, departments, indicators, projects } from '@/db/schema';
import { decodeTableText, parseTable } from '@/lib/target-table';
import { editIndicator, mergeWithPrevious } from '@/lib/target-table/edit-preview';
import { ForbiddenError, ValidationError } from '../errors';
import { actorOf, createDemoDb } from '@/test/support/demo-db';
import { confirmImport } from './confirm-import';
import { previewUpload } from './preview-upload';

const SEED = readFileSync(path.resolve(__dirname, '../../db/seed-data/guangzhou-jinrong-2022.txt'));
const PREVIEW = parseTable(decodeTableText(SEED));

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

const rows = () => ({
  departments: db.select({ n: count() }).from(departments).get()!.n,
  budgetYears: db.select({ n: count() }).from(budgetYears).get()!.n,
  projects: db.select({ n: count() }).from(projects).get()!.n,
  indicators: db.select({ n: count() }).from(indicators).get()!.n,
});

const request = (preview: unknown, departmentName: string, confirmRemovals = false) => ({ preview, departmentName, year: 2022, confirmRemovals });

/** previewUpload starts an import worker; on a busy machine that alone can take seconds. */
const WORKER_TEST_TIMEOUT_MS = 60_000;

describe('previewUpload', { timeout: WORKER_TEST_TIMEOUT_MS }, () => {
  const text = (value: string) => new TextEncoder().encode(value);

  it('reads the seed file and prefills the year and department', async () => {
    const result = await previewUpload(actorOf(db, 'admin'), new Uint8Array(SEED));
    expect(result.preview.projects).toHaveLength(34);
    expect(result).toMatchObject({ year: 2022, department: '广州市地方金融监督管理局' });
  });

  it('explains in Chinese why a broken file or empty input cannot be read', async () => {
    const admin = actorOf(db, 'admin');
    await expect(previewUpload(admin, new Uint8Array([0, 1, 2, 255]))).rejects.toThrow('无法导入：');
    await expect(previewUpload(admin, text('随便写的几行字\n没有表头'))).rejects.toThrow('未识别到项目支出绩效目标表');
    await expect(previewUpload(admin, text('  \n'))).rejects.toThrow('请选择文件或粘贴表格内容');
  });

  it('refuses files over 10 MB and everyone but the admin', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    await expect(previewUpload(actorOf(db, 'admin'), big)).rejects.toThrow('文件过大（上限 10 MB）');
    await expect(previewUpload(actorOf(db, 'leader'), new Uint8Array(SEED))).rejects.toThrow(ForbiddenError);
  });
});

describe('confirmImport', () => {
  it('refuses everyone but the admin and changes nothing', () => {
    const before = rows();
    for (const username of ['leader', 'owner', 'auditor']) {
      expect(() => confirmImport(db, actorOf(db, username), request(PREVIEW, '测试导入局'))).toThrow(ForbiddenError);
    }
    expect(rows()).toEqual(before);
  });

  it('refuses a forged payload with a Chinese message and changes nothing', () => {
    const before = rows();
    const forged = structuredClone(PREVIEW) as unknown as { projects: { indicators: { mode: string }[] }[] };
    forged.projects[0].indicators[0].mode = 'everything';
    expect(() => confirmImport(db, actorOf(db, 'admin'), request(forged, '测试导入局'))).toThrow(ValidationError);
    expect(() => confirmImport(db, actorOf(db, 'admin'), request(PREVIEW, ''))).toThrow('请填写部门名称');
    expect(rows()).toEqual(before);
  });

  it('imports an edited preview into a new department', () => {
    const edited = editIndicator(PREVIEW, 0, 1, { mode: 'level', unit: '人' });
    const result = confirmImport(db, actorOf(db, 'admin'), request(edited, '测试导入局'));
    expect(result).toMatchObject({ status: 'imported', department: '测试导入局', year: 2022 });
    if (result.status !== 'imported') return;
    expect(result.counts).toEqual({ newProjects: 34, updatedProjects: 0, newIndicators: 167, updatedIndicators: 0, keptCorrections: 0 });
    const dept = db.select().from(departments).where(eq(departments.id, result.departmentId)).get();
    expect(dept?.name).toBe('测试导入局');
    const row = db.select().from(indicators).where(eq(indicators.name, '参加会议人数')).all().at(-1);
    expect(row).toMatchObject({ mode: 'level', targetUnit: '人', targetValue: 30 });
  });

  it('lists what a re-import would remove, writes nothing, and removes it once confirmed', () => {
    const merged = mergeWithPrevious(PREVIEW, PREVIEW.projects.findIndex((p) => p.name === '工作经费'));
    const before = rows();
    const asked = confirmImport(db, actorOf(db, 'admin'), request(merged, '测试导入局'));
    expect(asked).toMatchObject({ status: 'needs-confirmation', removedProjects: ['工作经费'] });
    expect(rows()).toEqual(before);

    // The first import set 参加会议人数 to 时点; the table infers 累计 again, which the administrator declines.
    if (asked.status !== 'needs-confirmation') return;
    expect(asked.modeChanges.map((c) => [c.name, c.from, c.to])).toEqual([['参加会议人数', 'level', 'cumulative']]);
    const modeDecisions = Object.fromEntries(asked.modeChanges.map((c) => [String(c.indicatorId), 'keep' as const]));
    const done = confirmImport(db, actorOf(db, 'admin'), { ...request(merged, '测试导入局', true), modeDecisions });
    expect(done).toMatchObject({ status: 'imported', counts: { newProjects: 0, updatedProjects: 33, newIndicators: 4, updatedIndicators: 163 } });
    expect(rows().projects).toBe(before.projects - 1);
  });
});

describe('a per-project table', { timeout: WORKER_TEST_TIMEOUT_MS }, () => {
  it('keeps the header block (实施期, 实施单位) and each indicator weight as it imports', async () => {
    const table = new Uint8Array(readFileSync(path.resolve(__dirname, '../../test/fixtures/tables/chongqing-fengjie-jiagongyuan-2023.txt')));
    const { preview } = await previewUpload(actorOf(db, 'admin'), table);
    const result = confirmImport(db, actorOf(db, 'admin'), { preview, departmentName: '奉节县测试乡', year: 2023, confirmRemovals: false });
    expect(result.status).toBe('imported');
    const project = db.select().from(projects).where(eq(projects.name, '2023年云雾土家族乡加工园配套设施建设项目')).get();
    expect(project).toMatchObject({ total: 65, period: '2023年4月-2024年2月', implementingUnit: '云雾土家族乡' });
    const indicator = db.select().from(indicators).where(eq(indicators.projectId, project!.id)).get();
    expect(indicator).toMatchObject({ name: '项目建设成本', targetText: '≤65万元', comparator: '<=', targetValue: 65, weight: 10 });
  });
});
