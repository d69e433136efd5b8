import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { Db } from '@/db';
import { auditLog, entries } from '@/db/schema';
import { ConflictError, DeviationRequiredError, ForbiddenError, ValidationError } from '../errors';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { saveEntry } from './save-entry';

let db: Db;
let cleanup: () => void;
beforeAll(() => ({ db, cleanup } = createDemoDb()));
afterAll(() => cleanup());

const entryCount = (indicatorId: number) => db.select({ n: count() }).from(entries).where(eq(entries.indicatorId, indicatorId)).get()!.n;

describe('saveEntry', () => {
  it('lets the owner log a value and records who did it in the audit log', () => {
    const indicator = indicatorOf(db, '金融高层次人才支持项目工作经费', '召开培训会');
    const saved = saveEntry(db, actorOf(db, 'owner'), indicator.id, '2022-06', { value: 1, note: '已召开' });
    expect(saved).toMatchObject({ value: 1, period: '2022-06', note: '已召开' });
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'entry.create')).all();
    expect(audit.at(-1)).toMatchObject({ username: 'owner', entityId: String(indicator.id) });
  });

  it('refuses the leader, the admin and the owner of other projects, writing nothing', () => {
    const indicator = indicatorOf(db, '金融高层次人才支持项目工作经费', '相互走访调研');
    for (const username of ['leader', 'admin', 'owner2', 'caizheng', 'auditor']) {
      expect(() => saveEntry(db, actorOf(db, username), indicator.id, '2022-06', { value: 1 })).toThrow(ForbiddenError);
    }
    expect(entryCount(indicator.id)).toBe(0);
  });

  it('refuses bad values and periods outside the budget year with Chinese messages', () => {
    const owner = actorOf(db, 'owner');
    const indicator = indicatorOf(db, '金融高层次人才支持项目工作经费', '相互走访调研');
    expect(() => saveEntry(db, owner, indicator.id, '2022-06', { value: Number.NaN })).toThrow('完成值应为数字');
    expect(() => saveEntry(db, owner, indicator.id, '2022-06', { value: -1 })).toThrow('不能为负数');
    expect(() => saveEntry(db, owner, indicator.id, '2023-01', { value: 1 })).toThrow(ValidationError);
    expect(() => saveEntry(db, owner, indicator.id, '2022-13', { value: 1 })).toThrow('2022 年内');
    expect(() => saveEntry(db, owner, indicator.id, '2022-06', { value: 1, note: '长'.repeat(2001) })).toThrow('2000');
    expect(entryCount(indicator.id)).toBe(0);
  });

  it('asks for the deviation explanation of a red entry, then saves it', () => {
    const owner = actorOf(db, 'owner');
    const indicator = indicatorOf(db, '金融高层次人才支持项目工作经费', '受益对象满意度（%）');
    expect(() => saveEntry(db, owner, indicator.id, '2022-06', { value: 40 })).toThrow(DeviationRequiredError);
    const saved = saveEntry(db, owner, indicator.id, '2022-06', {
      value: 40,
      reasons: ['人员保障'],
      explanation: '调查样本不足',
      possibility: '有可能',
    });
    expect(saved.reasons).toEqual(['人员保障']);
  });

  it('replaces a month only when the client saw the current entry, keeping the old one as history', () => {
    const owner = actorOf(db, 'owner');
    const indicator = indicatorOf(db, '金融高层次人才支持项目工作经费', '高层次人才新闻宣传');
    const first = saveEntry(db, owner, indicator.id, '2022-03', { value: 1 }, { expectedEntryId: null });
    expect(() => saveEntry(db, owner, indicator.id, '2022-03', { value: 2 }, { expectedEntryId: null })).toThrow(ConflictError);
    saveEntry(db, owner, indicator.id, '2022-03', { value: 2 }, { expectedEntryId: first.id });
    const rows = db.select().from(entries).where(eq(entries.indicatorId, indicator.id)).all();
    expect(rows.map((r) => [r.value, r.supersededAt === null])).toEqual([
      [1, false],
      [2, true],
    ]);
  });
});
