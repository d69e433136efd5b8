import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { indicators, projects } from '@/db/schema';
import { addEntryAttachment, addLineAttachment } from '@/server/attachments/add-attachment';
import { removeAttachment } from '@/server/attachments/remove-attachment';
import { saveEntry } from '@/server/entries/save-entry';
import { uploadOf } from '@/test/support/attachments';
import { createDemoDb } from '@/test/support/demo-db';
import { importSmallDepartment } from '@/test/support/small-department';
import { getSelfEvaluation } from './get-self-evaluation';

/** 会议项目 of the small department: 召开会议 12次 and 参会满意度 ≥90%, December entered in full. */
let db: Db;
let cleanup: () => void;
let small: ReturnType<typeof importSmallDepartment>;
let projectId = 0;
let satisfaction = 0;
beforeAll(() => {
  ({ db, cleanup } = createDemoDb());
  small = importSmallDepartment(db);
  projectId = db.select().from(projects).where(eq(projects.name, '会议项目')).get()!.id;
  const id = (name: string) => db.select().from(indicators).where(and(eq(indicators.projectId, projectId), eq(indicators.name, name))).get()!.id;
  satisfaction = id('参会满意度');
  saveEntry(db, small.owner, id('召开会议'), '2022-12', { value: 12 });
  saveEntry(db, small.owner, satisfaction, '2022-12', { value: 95 });
});
afterAll(() => cleanup());

const evidenceWarnings = () => getSelfEvaluation(db, small.leader, projectId).sheet.warnings.filter((w) => w.code === 'satisfaction-evidence');

describe('satisfaction-evidence counts the 佐证材料 of the line and of its entries in the year', () => {
  it('a scored 满意度 line without any is warned about', () => {
    expect(evidenceWarnings()).toEqual([expect.objectContaining({ indicatorId: satisfaction, message: expect.stringMatching(/^满意度指标「参会满意度」得分 .+，但没有满意度调查的佐证材料$/) })]);
  });

  it('a survey attached to the line removes the warning; removing it brings the warning back', async () => {
    const survey = await addLineAttachment(db, small.owner, projectId, satisfaction, uploadOf('survey.pdf', '参会满意度调查.pdf'));
    expect(evidenceWarnings()).toEqual([]);
    removeAttachment(db, small.owner, survey.id);
    expect(evidenceWarnings()).toHaveLength(1);
  });

  it('a survey attached to December’s entry counts as well', async () => {
    await addEntryAttachment(db, small.owner, satisfaction, '2022-12', uploadOf('survey.png', '问卷照片.png'));
    expect(evidenceWarnings()).toEqual([]);
  });
});
