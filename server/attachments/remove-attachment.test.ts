import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { attachments, auditLog, selfEvaluations } from '@/db/schema';
import { ensureSelfEvaluation } from '@/db/queries/self-evaluations';
import { saveEntry } from '@/server/entries/save-entry';
import { approveRoundOf, storedFiles, uploadOf } from '@/test/support/attachments';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { importSmallDepartment } from '@/test/support/small-department';
import { ConflictError, ForbiddenError, LockedError, NotFoundError } from '../errors';
import { addEntryAttachment, addLineAttachment } from './add-attachment';
import { listProjectAttachments, readAttachmentFile } from './read-attachments';
import { removeAttachment } from './remove-attachment';

const PROJECT = '优化营商环境工作经费';
let db: Db;
let file: string;
let cleanup: () => void;
let meetings = 0;
let projectId = 0;
beforeAll(() => {
  ({ db, file, cleanup } = createDemoDb());
  const indicator = indicatorOf(db, PROJECT, '参加会议人数');
  [meetings, projectId] = [indicator.id, indicator.projectId];
  for (const period of ['2022-03', '2022-09']) saveEntry(db, actorOf(db, 'owner'), meetings, period, { value: 30 });
});
afterAll(() => cleanup());

const as = (username: string) => actorOf(db, username);
const survey = fs.readFileSync('test/fixtures/attachments/survey.pdf');

describe('reading 佐证材料', () => {
  it('anyone who may read the project gets the same bytes; another department and the auditor are refused', async () => {
    const { id } = await addEntryAttachment(db, as('owner'), meetings, '2022-09', uploadOf('survey.pdf', '满意度调查.pdf'));
    for (const user of ['owner', 'owner2', 'leader', 'admin']) expect(readAttachmentFile(db, as(user), id).bytes.equals(survey)).toBe(true);
    const { leader: otherLeader } = importSmallDepartment(db);
    expect(() => readAttachmentFile(db, otherLeader, id)).toThrow(ForbiddenError);
    expect(() => readAttachmentFile(db, as('auditor'), id)).toThrow('无权查看该项目');
    expect(() => readAttachmentFile(db, as('leader'), 999_999)).toThrow(NotFoundError);
    expect(listProjectAttachments(db, as('leader'), projectId).attachments.map((a) => [a.period, a.name, a.size, a.uploader])).toEqual([['2022-09', '满意度调查.pdf', survey.length, '项目负责人甲']]);
  });
});

describe('removing 佐证材料', () => {
  it('the owner removes one: audited with name, size and hash; the file goes with the last row naming it', async () => {
    const first = await addEntryAttachment(db, as('owner'), meetings, '2022-03', uploadOf('survey.png', '一.png'));
    const second = await addEntryAttachment(db, as('owner'), meetings, '2022-09', uploadOf('survey.png', '二.png'));
    const before = storedFiles(file).length;
    for (const user of ['owner2', 'leader', 'admin']) expect(() => removeAttachment(db, as(user), first.id)).toThrow(ForbiddenError);
    removeAttachment(db, as('owner'), first.id);
    expect(storedFiles(file)).toHaveLength(before); // still named by the second
    removeAttachment(db, as('owner'), second.id);
    expect(storedFiles(file)).toHaveLength(before - 1);
    expect(() => removeAttachment(db, as('owner'), second.id)).toThrow('佐证材料不存在');
    const removals = db.select().from(auditLog).where(eq(auditLog.action, 'attachment.remove')).all();
    expect(removals.map((r) => [r.entityId, r.before])).toEqual([
      [String(meetings), { id: first.id, indicatorId: meetings, period: '2022-03', name: '一.png', size: first.size, type: 'image/png', sha256: first.sha256 }],
      [String(meetings), { id: second.id, indicatorId: meetings, period: '2022-09', name: '二.png', size: second.size, type: 'image/png', sha256: first.sha256 }],
    ]);
  });

  it('a locked month’s attachment stays; a later month’s can go', async () => {
    const march = await addEntryAttachment(db, as('owner'), meetings, '2022-03', uploadOf('survey.jpg'));
    const september = await addEntryAttachment(db, as('owner'), meetings, '2022-09', uploadOf('survey.jpg', '九月.jpg'));
    approveRoundOf(db, projectId, '2022-07', as('admin').id);
    expect(() => removeAttachment(db, as('owner'), march.id)).toThrow(LockedError);
    expect(db.select().from(attachments).where(eq(attachments.id, march.id)).get()).toBeDefined();
    removeAttachment(db, as('owner'), september.id);
    const left = listProjectAttachments(db, as('owner'), projectId).attachments.map((a) => a.id);
    expect(left).toContain(march.id);
    expect(left).not.toContain(september.id);
  });
});

describe('a 自评 line’s 佐证材料', () => {
  it('is added and removed while the 自评 is editable, refused once it is submitted', async () => {
    const line = await addLineAttachment(db, as('owner'), projectId, meetings, uploadOf('survey.pdf', '问卷汇总.pdf'));
    expect(line).toMatchObject({ period: null, name: '问卷汇总.pdf' });
    await expect(addLineAttachment(db, as('owner'), projectId, indicatorOf(db, '金融高层次人才支持项目工作经费', '召开培训会').id, uploadOf('survey.pdf'))).rejects.toThrow('指标不存在');
    const row = ensureSelfEvaluation(db, projectId, as('owner').id, new Date().toISOString());
    db.update(selfEvaluations).set({ status: 'submitted' }).where(eq(selfEvaluations.id, row.id)).run();
    await expect(addLineAttachment(db, as('owner'), projectId, meetings, uploadOf('survey.png'))).rejects.toThrow(ConflictError);
    expect(() => removeAttachment(db, as('owner'), line.id)).toThrow(/该自评已提交.*不能修改/);
    db.update(selfEvaluations).set({ status: 'returned' }).where(eq(selfEvaluations.id, row.id)).run();
    removeAttachment(db, as('owner'), line.id);
    expect(listProjectAttachments(db, as('owner'), projectId).attachments.filter((a) => a.period === null)).toEqual([]);
  });
});
