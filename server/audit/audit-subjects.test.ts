import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { parseAuditParams } from '@/lib/audit/params';
import { saveEntry } from '../entries/save-entry';
import { saveExecution } from '../executions/save-execution';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { importSmallDepartment } from '@/test/support/small-department';
import { readAuditLog } from './read-audit';

let db: Db;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = createDemoDb());
  const { owner } = importSmallDepartment(db);
  const meetings = indicatorOf(db, '会议项目', '召开会议');
  saveEntry(db, owner, meetings.id, '2022-01', { value: 1 });
  saveExecution(db, owner, meetings.projectId, '2022-01', { amount: 5 });
  saveEntry(db, owner, indicatorOf(db, '培训项目', '培训人次').id, '2022-01', { value: 8 });
});
afterAll(() => cleanup());

const read = (query: Record<string, string>) => readAuditLog(db, actorOf(db, 'auditor'), parseAuditParams(query));

describe('the audit log in words', () => {
  it('names each record\'s indicator with its project, and links to it', () => {
    const log = read({ action: 'entry.create' });
    const meetings = indicatorOf(db, '会议项目', '召开会议');
    expect(log.subjects.get(`indicator:${meetings.id}`)).toEqual({ label: '会议项目 / 召开会议', href: `/projects/${meetings.projectId}#indicator-${meetings.id}` });
  });

  it('filters by project: its own records and its indicators\'', () => {
    const log = read({ project: '会议' });
    expect(log.records.map((r) => r.action).sort()).toEqual(['entry.create', 'execution.create']);
    expect(read({ project: '培训' }).records.map((r) => r.action)).toEqual(['entry.create']);
    expect(read({ project: '%' }).total).toBe(0);
  });
});
