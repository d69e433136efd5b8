import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { attachments, auditLog } from '@/db/schema';
import { saveEntry } from '@/server/entries/save-entry';
import { approveRoundOf, storedFiles, uploadBytes, uploadOf } from '@/test/support/attachments';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { AttachmentRefusedError, ForbiddenError, LockedError, PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../errors';
import { addEntryAttachment } from './add-attachment';

let db: Db;
let file: string;
let cleanup: () => void;
let meetings = 0;
beforeAll(() => {
  ({ db, file, cleanup } = createDemoDb());
  meetings = indicatorOf(db, '优化营商环境工作经费', '参加会议人数').id;
  saveEntry(db, actorOf(db, 'owner'), meetings, '2022-06', { value: 30 });
});
afterAll(() => cleanup());

const owner = () => actorOf(db, 'owner');
const rows = () => db.select().from(attachments).all();
const audited = () => db.select().from(auditLog).all().filter((r) => r.action.startsWith('attachment.'));

describe('attaching a file to an entry', () => {
  it('stores the bytes under their SHA-256, private and not executable, with the row and its audit record', async () => {
    const png = fs.readFileSync('test/fixtures/attachments/survey.png');
    const sha = createHash('sha256').update(png).digest('hex');
    const row = await addEntryAttachment(db, owner(), meetings, '2022-06', uploadOf('survey.png', '会议签到表.png'));
    expect(row).toMatchObject({ indicatorId: meetings, period: '2022-06', name: '会议签到表.png', size: png.length, type: 'image/png', sha256: sha });
    expect(storedFiles(file)).toEqual([`${sha.slice(0, 2)}/${sha}`]);
    const stored = path.join(path.dirname(file), 'attachments', sha.slice(0, 2), sha);
    expect(fs.readFileSync(stored).equals(png)).toBe(true);
    expect(fs.statSync(stored).mode & 0o777).toBe(0o600);
    expect(audited().map((r) => [r.action, r.entity, r.entityId, r.after])).toEqual([
      ['attachment.add', 'indicator', String(meetings), { id: row.id, indicatorId: meetings, period: '2022-06', sha256: sha, name: '会议签到表.png', size: png.length, type: 'image/png' }],
    ]);
  });

  it('the same file twice is stored once', async () => {
    await addEntryAttachment(db, owner(), meetings, '2022-06', uploadOf('survey.png', '签到表副本.png'));
    expect(rows()).toHaveLength(2);
    expect(storedFiles(file)).toHaveLength(1);
  });

  it('takes each allowed type, found from the content', async () => {
    const docx = await addEntryAttachment(db, owner(), meetings, '2022-06', uploadOf('test/fixtures/tables/hubei-huangshi-dangxiao-2022.docx', '会议纪要.docx'));
    const xlsx = await addEntryAttachment(db, owner(), meetings, '2022-06', uploadOf('test/fixtures/tables/hunan-xiangtan-wupaoche-2023.xlsx', '台账.xlsx'));
    const pdf = await addEntryAttachment(db, owner(), meetings, '2022-06', uploadOf('survey.pdf'));
    const jpg = await addEntryAttachment(db, owner(), meetings, '2022-06', uploadOf('survey.jpg', '现场照片.jpeg'));
    expect([docx.type, xlsx.type, pdf.type, jpg.type]).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/pdf',
      'image/jpeg',
    ]);
    expect(storedFiles(file)).toHaveLength(5);
  });
});

describe('refusals: a Chinese message, no row, nothing on disk', () => {
  const refused = async (attempt: () => Promise<unknown>, error: unknown, message: string) => {
    const [before, files, audits] = [rows().length, storedFiles(file), audited().length];
    await expect(attempt()).rejects.toThrow(error as Error);
    await expect(attempt()).rejects.toThrow(message);
    expect([rows().length, storedFiles(file), audited().length]).toEqual([before, files, audits]);
  };
  const attach = (read: ReturnType<typeof uploadOf>, period = '2022-06', actor = owner()) => () => addEntryAttachment(db, actor, meetings, period, read);

  it('a renamed executable, an HTML page, another archive: 415 whatever the name', async () => {
    const message = '文件类型不受支持：只能上传 pdf、png、jpg、docx、xlsx 文件，类型按文件内容判断，改扩展名无效';
    for (const name of ['elf-executable.pdf', 'pe-executable.pdf', 'page.html.pdf', 'not-office.docx']) await refused(attach(uploadOf(name)), UnsupportedMediaTypeError, message);
  });

  it('an empty file, a name with a path or control characters: 400', async () => {
    await refused(attach(uploadOf('empty.pdf')), ValidationError, '文件为空（0 字节），请选择有内容的文件');
    await refused(attach(uploadOf('survey.pdf', '../../auth-secret')), ValidationError, '文件名不能包含路径分隔符（/ 或 \\）');
    await refused(attach(uploadOf('survey.pdf', '报告\r\n.pdf')), ValidationError, '文件名不能包含控制字符或不可见的格式字符');
  });

  it('over 20 MB: 413', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    await refused(attach(uploadBytes(big, '大文件.pdf')), PayloadTooLargeError, '文件超过 20 MB 的上限，请压缩或拆分后再上传');
  });

  it('a month without an entry: 422; a month outside the budget year: 400', async () => {
    await refused(attach(uploadOf('survey.pdf'), '2022-05'), AttachmentRefusedError, '2022年5月尚未填报，请先填报该月的完成情况，再上传佐证材料');
    await refused(attach(uploadOf('survey.pdf'), '2023-01'), ValidationError, '月份应为 2022 年内的月份（如 2022-06）');
  });

  it('anyone but the project’s owner: 403, before the file is read', async () => {
    let read = 0;
    const counted = async () => ((read += 1), { name: 'a.pdf', bytes: new Uint8Array(fs.readFileSync('test/fixtures/attachments/survey.pdf')) });
    for (const user of ['owner2', 'leader', 'admin']) await refused(() => addEntryAttachment(db, actorOf(db, user), meetings, '2022-06', counted), ForbiddenError, '只有该项目的负责人可以上传或删除佐证材料');
    expect(read).toBe(0);
  });

  it('a month an approved round has locked: 423', async () => {
    approveRoundOf(db, indicatorOf(db, '优化营商环境工作经费', '参加会议人数').projectId, '2022-07', actorOf(db, 'admin').id);
    await refused(attach(uploadOf('survey.pdf')), LockedError, '2022年7月及以前的数据已审核通过并锁定，不能修改佐证材料；如需修改，请系统管理员重新打开本轮次');
  });
});
