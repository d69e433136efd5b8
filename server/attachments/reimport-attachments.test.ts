import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { auditLog } from '@/db/schema';
import { parseTable } from '@/lib/target-table';
import { confirmImport } from '@/server/import/confirm-import';
import { saveEntry } from '@/server/entries/save-entry';
import { storedFiles, uploadOf } from '@/test/support/attachments';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { importSmallDepartment, SMALL_TABLE } from '@/test/support/small-department';
import { addEntryAttachment } from './add-attachment';

let db: Db;
let file: string;
let cleanup: () => void;
beforeAll(() => ({ db, file, cleanup } = createDemoDb()));
afterAll(() => cleanup());

describe('a re-import that removes an indicator', () => {
  it('keeps its 佐证材料 in the audit log and deletes the files nothing else names', async () => {
    const { owner } = importSmallDepartment(db);
    const complaints = indicatorOf(db, '宣传项目', '用户投诉次数');
    const reports = indicatorOf(db, '宣传项目', '宣传报道篇数');
    for (const id of [complaints.id, reports.id]) saveEntry(db, owner, id, '2022-06', { value: id === reports.id ? 12 : 0 });
    const pdf = await addEntryAttachment(db, owner, complaints.id, '2022-06', uploadOf('survey.pdf', '投诉台账.pdf'));
    const png = await addEntryAttachment(db, owner, complaints.id, '2022-06', uploadOf('survey.png'));
    await addEntryAttachment(db, owner, reports.id, '2022-06', uploadOf('survey.png', '报道截图.png'));
    expect(storedFiles(file)).toHaveLength(2);

    const table = SMALL_TABLE.replace('3、效益指标：用户投诉次数，年度指标值：0次。', '');
    const result = confirmImport(db, actorOf(db, 'admin'), { preview: parseTable(table), departmentName: '总览测试局', year: 2022, confirmRemovals: true });
    expect(result.status).toBe('imported');

    // The PDF went with the indicator; the PNG stays, 宣传报道篇数 still names it.
    expect(storedFiles(file)).toEqual([`${png.sha256.slice(0, 2)}/${png.sha256}`]);
    expect(pdf.sha256).not.toBe(png.sha256);
    const [removed] = db.select().from(auditLog).where(eq(auditLog.action, 'import.remove-indicator')).all();
    const before = removed!.before as { attachments: { name: string; sha256: string }[] };
    expect(before.attachments.map((a) => a.name)).toEqual(['投诉台账.pdf', 'survey.png']);
  });
});
