import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { departments, users } from '@/db/schema';
import { writeSetting } from '@/db/queries/app-settings';
import { saveEntry } from '../entries/save-entry';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { saveExecution } from '../executions/save-execution';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import type { ExportFile } from './export-file';
import { buildMonitoringWorkbook } from './monitoring-workbook';

const PROJECT = '推动资本市场发展工作经费';
let db: Db;
let cleanup: () => void;
let projectId: number;

beforeAll(() => {
  ({ db, cleanup } = createDemoDb());
  const owner = actorOf(db, 'owner');
  const listed = indicatorOf(db, PROJECT, '企业上市数量');
  projectId = listed.projectId;
  saveEntry(db, owner, listed.id, '2022-03', { value: 4, forecast: 16 });
  saveEntry(db, owner, indicatorOf(db, PROJECT, '为企业出具上市守法证明协调函').id, '2022-06', {
    value: 10,
    reasons: ['经费保障', '其他'],
    explanation: '协调函需求减少',
    possibility: '有可能',
    note: '下半年加快',
  });
  saveExecution(db, owner, projectId, '2022-06', { amount: 30 });
  const otherDepartment = db.insert(departments).values({ name: '广州市其他局' }).returning().get();
  db.insert(users)
    .values({ username: 'leader9', displayName: '其他局领导', role: 'leader', departmentId: otherDepartment.id, passwordHash: 'x', passwordChangedAt: '2022-01-01T00:00:00Z', createdAt: '2022-01-01T00:00:00Z' })
    .run();
});
afterAll(() => cleanup());

/** Reads the streamed body to its end and opens it. */
async function read(body: ExportFile['body']): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await new Response(body).arrayBuffer());
  return workbook;
}

const single = (asOf = '2022-07') => ({ year: 2022, asOf, departmentId: null, projectId });

function rowOf(sheet: ExcelJS.Worksheet, indicatorName: string): ExcelJS.Row {
  const row = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(3).value === indicatorName);
  if (!row) throw new Error(`no row for ${indicatorName}`);
  return row;
}

describe('buildMonitoringWorkbook', () => {
  it('lays one project out like the official form, with merged two-row headers', async () => {
    const file = await buildMonitoringWorkbook(db, actorOf(db, 'leader'), single());
    expect(file.filename).toBe(`监控表-${PROJECT}-2022-07.xlsx`);
    expect(file.body).toBeInstanceOf(ReadableStream);
    const workbook = await read(file.body);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe(`14 ${PROJECT}`);
    expect(sheet.getCell('A1').value).toBe('项目支出绩效目标执行监控表');
    expect(sheet.getCell('M1').master.address).toBe('A1');
    expect(sheet.getCell('B3').value).toBe(PROJECT);
    expect(sheet.getCell('B4').value).toBe('广州市地方金融监督管理局');
    expect(sheet.getCell('D5').value).toBe('1–7月执行数');
    expect([sheet.getCell('B6').value, sheet.getCell('B6').numFmt]).toEqual([60, '#,##0.00']);
    expect(sheet.getCell('D6').value).toBe(30);
    expect([sheet.getCell('F6').value, sheet.getCell('F6').numFmt]).toEqual([0.5, '0.00%']);
    expect(sheet.getCell('A9').master.address).toBe('A8');
    expect(sheet.getCell('E8').value).toBe('1–7月执行情况');
    expect(sheet.getCell('G8').value).toBe('偏差原因');
    expect(sheet.getCell('K8').master.address).toBe('G8');
    expect(['G9', 'H9', 'I9', 'J9', 'K9'].map((a) => sheet.getCell(a).value)).toEqual(['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他']);
    expect(['L8', 'M8'].map((a) => sheet.getCell(a).value)).toEqual(['完成目标可能性', '原因说明/备注']);
    expect(sheet.getCell('G9').border.top?.style).toBe('thin');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 9 });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, printTitlesRow: '8:9' });
    expect([sheet.getColumn(3).width, sheet.getColumn(13).width]).toEqual([26, 32]);
  });

  it('fills actuals, forecasts and a ✓ under each 偏差原因 of the latest entry', async () => {
    const sheet = (await read((await buildMonitoringWorkbook(db, actorOf(db, 'leader'), single())).body)).worksheets[0];
    const listed = rowOf(sheet, '企业上市数量');
    expect([listed.getCell(1).value, listed.getCell(4).value, listed.getCell(5).value, listed.getCell(6).value]).toEqual(['产出指标', '15家', '4 家', '16 家']);
    const red = rowOf(sheet, '为企业出具上市守法证明协调函');
    expect(red.getCell(5).value).toBe('10 次');
    expect([7, 8, 9, 10, 11].map((c) => red.getCell(c).value ?? '')).toEqual(['✓', '', '', '', '✓']);
    expect(red.getCell(12).value).toBe('有可能');
    expect(red.getCell(13).value).toBe('协调函需求减少\n备注：下半年加快');
    expect(rowOf(sheet, '服务保障证券期货基金等金融机构').getCell(5).value).toBe('未填报');
  });

  it('ignores entries and executions after the as-of month', async () => {
    const sheet = (await read((await buildMonitoringWorkbook(db, actorOf(db, 'leader'), single('2022-05'))).body)).worksheets[0];
    const red = rowOf(sheet, '为企业出具上市守法证明协调函');
    expect([red.getCell(5).value, red.getCell(7).value ?? '']).toEqual(['未填报', '']);
    expect(rowOf(sheet, '企业上市数量').getCell(5).value).toBe('4 家');
    expect([sheet.getCell('D5').value, sheet.getCell('D6').value]).toEqual(['1–5月执行数', '—']);
  });

  it('gives the department workbook one uniquely named sheet per project', async () => {
    for (const username of ['leader', 'admin']) {
      const file = await buildMonitoringWorkbook(db, actorOf(db, username), { year: 2022, asOf: '2022-07', departmentId: null, projectId: null });
      expect(file.filename).toBe('监控表-2022-07.xlsx');
      const names = (await read(file.body)).worksheets.map((s) => s.name);
      expect(names).toHaveLength(34);
      expect(new Set(names).size).toBe(34);
      expect(names.every((n) => n.length <= 31)).toBe(true);
    }
  });

  it('takes the 偏差原因 columns from the monitoring settings', async () => {
    writeSetting(db, 'monitoring', { deviationReasons: ['经费保障', '其他原因'] });
    try {
      const sheet = (await read((await buildMonitoringWorkbook(db, actorOf(db, 'leader'), single())).body)).worksheets[0];
      expect([sheet.getCell('G9').value, sheet.getCell('H9').value, sheet.getCell('I8').value]).toEqual(['经费保障', '其他原因', '完成目标可能性']);
      expect(sheet.getCell('H8').master.address).toBe('G8');
      expect(rowOf(sheet, '为企业出具上市守法证明协调函').getCell(7).value).toBe('✓');
    } finally {
      writeSetting(db, 'monitoring', {});
    }
  });

  it('refuses people outside the department, unknown projects and a mismatched year', async () => {
    const stranger = actorOf(db, 'leader9');
    await expect(buildMonitoringWorkbook(db, stranger, single())).rejects.toThrow(ForbiddenError);
    await expect(buildMonitoringWorkbook(db, stranger, { ...single(), projectId: null, departmentId: 1 })).rejects.toThrow(ForbiddenError);
    await expect(buildMonitoringWorkbook(db, actorOf(db, 'auditor'), { ...single(), projectId: null })).rejects.toThrow(ForbiddenError);
    await expect(buildMonitoringWorkbook(db, stranger, { ...single(), projectId: null })).rejects.toThrow(NotFoundError);
    await expect(buildMonitoringWorkbook(db, actorOf(db, 'leader'), { ...single(), projectId: 99999 })).rejects.toThrow(NotFoundError);
    await expect(buildMonitoringWorkbook(db, actorOf(db, 'leader'), { ...single('2023-07'), year: 2023 })).rejects.toThrow(ValidationError);
  });
});
