import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { projects } from '@/db/schema';
import { actorOf, createDemoDb } from '@/test/support/demo-db';
import { openRoundDirectly, setRoundStateDirectly } from '@/test/support/rounds';
import { importSmallDepartment } from '@/test/support/small-department';
import { buildMonitoringWorkbook } from './monitoring-workbook';
import { parseRoundExport } from './round-columns';

const { db, cleanup } = createDemoDb();
afterAll(cleanup);
const small = importSmallDepartment(db);
const idOf = (name: string) => db.select().from(projects).where(eq(projects.name, name)).get()!.id;
const round = openRoundDirectly(db, { departmentId: small.departmentId, year: 2022, period: '2022-07', deadline: '2022-08-15', official: true });
setRoundStateDirectly(db, round, idOf('会议项目'), 'approved');
setRoundStateDirectly(db, round, idOf('宣传项目'), 'returned', '请补充佐证材料');
const query = (q: string) => new URLSearchParams(q);

async function exported(q: string) {
  const forRound = parseRoundExport(db, small.leader, query(q))!;
  const file = await buildMonitoringWorkbook(db, small.leader, forRound.params, forRound.round);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await new Response(file.body).arrayBuffer());
  return workbook;
}

const texts = (sheet: ExcelJS.Worksheet, row: number, count: number) => Array.from({ length: count }, (_, i) => sheet.getRow(row).getCell(i + 1).value);

describe('the 监控表 of a monitoring round', () => {
  it('opens the department workbook with each project’s state and review comment', async () => {
    const workbook = await exported(`round=${round}`);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['轮次汇总', '1 会议项目', '2 宣传项目', '3 培训项目']);
    const summary = workbook.worksheets[0]!;
    expect(summary.getCell('A2').value).toBe('（2022年7月监控（正式），截止2022年8月15日）');
    expect(texts(summary, 3, 4)).toEqual(['序号', '项目名称', '本轮状态', '审核意见']);
    expect(texts(summary, 4, 4)).toEqual(['1', '会议项目', '已通过', '—']);
    expect(texts(summary, 5, 4)).toEqual(['2', '宣传项目', '已退回', '请补充佐证材料']);
    expect(texts(summary, 6, 4)).toEqual(['3', '培训项目', '未填报', '—']);
  });

  it('names the round in each sheet’s period line and writes the state below its table', async () => {
    const sheet = (await exported(`round=${round}&year=2022&asOf=2022-07`)).getWorksheet('2 宣传项目')!;
    expect(sheet.getCell('A2').value).toBe('（2022年度　2022年7月监控（正式），截止2022年8月15日　监控期间：1–7月，截至2022年7月）');
    // 宣传项目 has three indicators: rows 10–12 after the two-row header at 8–9, then a blank row, then the state.
    expect(texts(sheet, 14, 4)).toEqual(['本轮状态', '已退回', '审核意见', '请补充佐证材料']);
  });

  it('exports one project of the round alone, without the summary', async () => {
    const workbook = await exported(`round=${round}&project=${idOf('培训项目')}`);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['3 培训项目']);
    // One indicator at row 10, a blank row, then the state.
    expect(texts(workbook.worksheets[0]!, 12, 2)).toEqual(['本轮状态', '未填报']);
  });

  it('is not a round export without round, and refuses a round that is not there, not readable or contradicted', () => {
    expect(parseRoundExport(db, small.leader, query('year=2022'))).toBeNull();
    expect(() => parseRoundExport(db, small.leader, query('round=abc'))).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => parseRoundExport(db, small.leader, query('round=99999'))).toThrow(expect.objectContaining({ status: 404, message: '监控轮次不存在' }));
    expect(() => parseRoundExport(db, actorOf(db, 'leader'), query(`round=${round}`))).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => parseRoundExport(db, actorOf(db, 'auditor'), query(`round=${round}`))).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => parseRoundExport(db, small.leader, query(`round=${round}&year=2023`))).toThrow(expect.objectContaining({ status: 400, message: '参数 year 与监控轮次不符：该轮次的年度为 2022' }));
    expect(() => parseRoundExport(db, small.leader, query(`round=${round}&asOf=2022-06`))).toThrow(expect.objectContaining({ status: 400 }));
    const demoProject = db.select().from(projects).where(eq(projects.seq, 1)).get()!.id;
    expect(() => parseRoundExport(db, small.leader, query(`round=${round}&project=${demoProject}`))).toThrow(expect.objectContaining({ status: 400, message: '该项目不在本监控轮次中' }));
    expect(() => parseRoundExport(db, small.leader, query(`round=${round}&project=x`))).toThrow(expect.objectContaining({ status: 400 }));
  });
});
