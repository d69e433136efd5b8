import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { auditLog, indicators } from '@/db/schema';
import { decodeTableText, parseTable, type ImportPreview } from '@/lib/target-table';
import { ConflictError } from '../errors';
import { saveEntry } from '../entries/save-entry';
import { saveExecution } from '../executions/save-execution';
import { approveTargetChange } from '../target-changes/decide-target-change';
import { proposeTargetChange } from '../target-changes/propose-target-change';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { proposal } from '@/test/support/target-changes';
import { importTable } from './import-table';

const SEED = parseTable(decodeTableText(readFileSync(path.resolve(__dirname, '../../db/seed-data/guangzhou-jinrong-2022.txt'))));
const PROJECT = '优化营商环境工作经费';
const MEETINGS = '会议数（次）'; // 年度指标值：4

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createDemoDb()));
afterEach(() => cleanup());

const copy = (): ImportPreview => structuredClone(SEED);
const stored = (id: number) => db.select().from(indicators).where(eq(indicators.id, id)).get()!;
const reimport = (preview: ImportPreview, options: Parameters<typeof importTable>[3] = { year: 2022 }) =>
  importTable(db, actorOf(db, 'admin'), preview, options);

describe('a re-import that removes rows', () => {
  it('keeps a full copy of each removed project, with its entries and 执行数, in the audit log', () => {
    const owner = actorOf(db, 'owner');
    const meetings = indicatorOf(db, PROJECT, MEETINGS);
    saveEntry(db, owner, meetings.id, '2022-03', { value: 1 });
    saveEntry(db, owner, meetings.id, '2022-03', { value: 2, reasons: [], explanation: '' });
    saveExecution(db, owner, meetings.projectId, '2022-03', { amount: 7.5 });
    const without = copy();
    without.projects = without.projects.filter((p) => p.name !== PROJECT);

    expect(() => reimport(without)).toThrow(ConflictError);
    reimport(without, { year: 2022, confirmRemovals: true });

    const [removed] = db.select().from(auditLog).where(eq(auditLog.action, 'import.remove-project')).all();
    const before = removed!.before as { project: { name: string }; indicators: { indicator: { name: string }; entries: { value: number; supersededAt: string | null }[] }[]; executions: { amount: number }[] };
    expect(removed).toMatchObject({ username: 'admin', entity: 'project', entityId: String(meetings.projectId) });
    expect(before.project.name).toBe(PROJECT);
    expect(before.indicators.map((i) => i.indicator.name)).toEqual(SEED.projects.find((p) => p.name === PROJECT)!.indicators.map((i) => i.name));
    const logged = before.indicators.find((i) => i.indicator.name === MEETINGS)!.entries;
    expect(logged.map((e) => e.value)).toEqual([1, 2]);
    expect(logged[0]!.supersededAt).not.toBeNull();
    expect(before.executions.map((e) => e.amount)).toEqual([7.5]);
    const summary = db.select().from(auditLog).where(eq(auditLog.action, 'import')).all().at(-1)!;
    expect(summary.after).toMatchObject({ removedProjects: [PROJECT] });
  });

  it('keeps a removed indicator and its entries', () => {
    const meetings = indicatorOf(db, PROJECT, MEETINGS);
    saveEntry(db, actorOf(db, 'owner'), meetings.id, '2022-02', { value: 1 });
    const without = copy();
    const project = without.projects.find((p) => p.name === PROJECT)!;
    project.indicators = project.indicators.filter((i) => i.name !== MEETINGS);
    reimport(without, { year: 2022, confirmRemovals: true });
    const [removed] = db.select().from(auditLog).where(eq(auditLog.action, 'import.remove-indicator')).all();
    expect(removed!.before).toMatchObject({ indicator: { name: MEETINGS, targetText: '4' }, entries: [{ period: '2022-02', value: 1 }] });
  });
});

describe('a re-import after a target change was approved', () => {
  const correct = () => {
    const meetings = indicatorOf(db, PROJECT, MEETINGS);
    const change = proposeTargetChange(db, actorOf(db, 'owner'), meetings.id, proposal(meetings, { comparator: '>=', value: 5, unit: '次', plannedPeriod: '2022-10' }));
    approveTargetChange(db, actorOf(db, 'admin'), change.id, { comment: '同意' });
    return meetings.id;
  };

  it('keeps the correction while the table writes the same 年度指标值', () => {
    const id = correct();
    const { plan } = reimport(copy());
    expect(plan.counts.keptCorrections).toBe(1);
    expect(stored(id)).toMatchObject({ targetText: '4', comparator: '>=', targetValue: 5, targetUnit: '次', plannedPeriod: '2022-10' });
    expect(stored(id).targetCorrectedAt).not.toBeNull();
  });

  it('asks when the table now writes it differently, then does what the administrator decided', () => {
    const id = correct();
    const changed = copy();
    const indicator = changed.projects.find((p) => p.name === PROJECT)!.indicators.find((i) => i.name === MEETINGS)!;
    Object.assign(indicator, { targetText: '6次', target: { ...indicator.target, value: 6, unit: '次' } });

    let asked: unknown;
    try {
      reimport(changed);
    } catch (error) {
      asked = error;
    }
    expect(asked).toBeInstanceOf(ConflictError);
    expect((asked as ConflictError).current).toMatchObject({ targetConflicts: [{ indicatorId: id, corrected: { targetText: '4', targetValue: 5 }, table: { targetText: '6次', targetValue: 6 } }] });
    expect(stored(id).targetValue).toBe(5);

    reimport(changed, { year: 2022, targetDecisions: { [id]: 'keep' } });
    expect(stored(id)).toMatchObject({ targetText: '6次', targetValue: 5, comparator: '>=' });
    const again = structuredClone(changed);
    again.projects.find((p) => p.name === PROJECT)!.indicators.find((i) => i.name === MEETINGS)!.targetText = '7次';
    reimport(again, { year: 2022, targetDecisions: 'table' });
    expect(stored(id)).toMatchObject({ targetText: '7次', targetValue: 6, comparator: null, targetCorrectedAt: null });
    const decisions = db.select().from(auditLog).where(and(eq(auditLog.action, 'import'))).all().at(-1)!.after as { targetDecisions: unknown[] };
    expect(decisions.targetDecisions).toEqual([{ indicatorId: id, name: `${PROJECT} / ${MEETINGS}`, decision: 'table' }]);
  });
});

describe('a re-import after the measure-mode rules grew wider', () => {
  const UPKEEP = '2023-2024年信息化运维项目(2023)';
  const UPS = 'UPS连续无故障时长'; // 365天: a duration, read as 时点 (DOMAIN.md §4)
  const RECOVERY = '平均故障恢复时间'; // 半天内: qualitative, no mode offer
  // An install imported before the wider inference: the duration was stored as 累计 and is uncorrected.
  const storedAsCumulative = () => {
    const id = indicatorOf(db, UPKEEP, UPS).id;
    db.update(indicators).set({ mode: 'cumulative' }).where(eq(indicators.id, id)).run();
    return id;
  };
  const askOf = (preview: ImportPreview, options: Parameters<typeof importTable>[3] = { year: 2022 }) => {
    try {
      reimport(preview, options);
    } catch (error) {
      if (error instanceof ConflictError) return error.current as { modeChanges: unknown[] };
      throw error;
    }
    return null;
  };

  it('offers the new mode for an uncorrected indicator and changes nothing until the administrator answers', () => {
    expect(SEED.projects.find((p) => p.name === UPKEEP)!.indicators.find((i) => i.name === UPS)!.mode).toBe('level');
    const id = storedAsCumulative();
    expect(askOf(copy())).toEqual(expect.objectContaining({ modeChanges: [{ indicatorId: id, project: UPKEEP, name: UPS, from: 'cumulative', to: 'level' }] }));
    expect(stored(id).mode).toBe('cumulative');
    expect(indicatorOf(db, UPKEEP, RECOVERY).mode).not.toBe('cumulative');
  });

  it('keeps the stored mode when told to keep it, and takes the new one when accepted; the import audit says which', () => {
    const id = storedAsCumulative();
    reimport(copy(), { year: 2022, modeDecisions: { [id]: 'keep' } });
    expect(stored(id).mode).toBe('cumulative');
    reimport(copy(), { year: 2022, modeDecisions: 'accept' });
    expect(stored(id).mode).toBe('level');
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'import')).all().at(-1)!.after as { modeDecisions: unknown[] };
    expect(audit.modeDecisions).toEqual([{ indicatorId: id, name: `${UPKEEP} / ${UPS}`, from: 'cumulative', to: 'level', decision: 'accept' }]);
    expect(askOf(copy())).toBeNull();
  });

  it('does not offer a mode for a target changed through approval: the approved target stands', () => {
    const id = storedAsCumulative();
    db.update(indicators).set({ targetCorrectedAt: '2022-05-01T00:00:00.000Z' }).where(eq(indicators.id, id)).run();
    expect(askOf(copy())).toBeNull();
    expect(stored(id).mode).toBe('cumulative');
  });
});
