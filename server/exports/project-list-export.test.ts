import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { parseListParams } from '@/lib/project-list/params';
import { saveEntry } from '../entries/save-entry';
import { ForbiddenError } from '../errors';
import { actorOf, createDemoDb, indicatorOf } from '@/test/support/demo-db';
import { exportProjectList } from './project-list-export';

let db: Db;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = createDemoDb());
  const indicator = indicatorOf(db, '推动资本市场发展工作经费', '企业上市数量');
  saveEntry(db, actorOf(db, 'owner'), indicator.id, '2022-06', { value: 1, reasons: ['其他'], explanation: '审核放缓', possibility: '有可能' });
});
afterAll(() => cleanup());

const scope = { year: 2022, asOf: '2022-07', departmentId: null };
const HEADERS = ['序号', '项目名称', '总计（万元）', '负责人', '指标数', '进度正常', '目标灯号', '预算执行率'];

describe('exportProjectList', () => {
  it('writes the filtered, sorted list as CSV with a BOM and the page columns', async () => {
    const list = parseListParams({ q: '资本市场', sort: 'total', dir: 'desc' });
    const file = await exportProjectList(db, actorOf(db, 'leader'), { scope, list, format: 'csv' });
    expect(file).toMatchObject({ filename: '项目列表-2022-07.csv', contentType: 'text/csv; charset=utf-8' });
    const text = file.body as string;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(HEADERS.join(','));
    expect(lines.slice(1)).toEqual([
      '15,2022年企业利用资本市场工作平台,500.00,项目负责人甲,5,0 / 5,未填报,',
      '14,推动资本市场发展工作经费,60.00,项目负责人甲,4,0 / 4,红灯,',
    ]);
  });

  it('writes the same rows to a workbook with numbers and formats', async () => {
    const list = parseListParams({ light: 'red' });
    const file = await exportProjectList(db, actorOf(db, 'admin'), { scope, list, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(file.body).arrayBuffer());
    const sheet = workbook.getWorksheet('项目列表')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS]);
    expect(sheet.rowCount).toBe(2);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:H1');
    expect([sheet.getRow(1).font?.bold, sheet.getColumn(2).width]).toEqual([true, 44]);
    const row = sheet.getRow(2);
    expect([row.getCell(2).value, row.getCell(3).value, row.getCell(3).numFmt, row.getCell(7).value]).toEqual([
      '推动资本市场发展工作经费',
      60,
      '#,##0.00',
      '红灯',
    ]);
  });

  it('refuses the auditor', async () => {
    await expect(exportProjectList(db, actorOf(db, 'auditor'), { scope, list: parseListParams({}), format: 'csv' })).rejects.toThrow(ForbiddenError);
  });
});
