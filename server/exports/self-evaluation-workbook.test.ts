import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db';
import { openApiResponses } from '@/test/support/openapi-validator';
import { openApiDocument } from '../api/openapi/document';
import { selfEvaluationJson } from '../api/self-evaluation-json';
import { ForbiddenError } from '../errors';
import { getSelfEvaluation } from '../self-evaluation/get-self-evaluation';
import { actorOf, createDemoDb } from '@/test/support/demo-db';
import { enterPropertyYear, PROPERTY_PROJECT } from '@/test/support/self-evaluation';
import { buildSelfEvaluationWorkbook, parseSelfEvaluationExportParams } from './self-evaluation-workbook';
import type { ExportFile } from './export-file';

let db: Db;
let cleanup: () => void;
let projectId = 0;
beforeAll(() => {
  ({ db, cleanup } = createDemoDb());
  projectId = enterPropertyYear(db);
});
afterAll(() => cleanup());

async function read(body: ExportFile['body']) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await new Response(body).arrayBuffer());
  return workbook;
}

describe('the 项目支出绩效自评表 export', () => {
  it('one project: its budget, every line, 总分 and 等级', async () => {
    const file = await buildSelfEvaluationWorkbook(db, actorOf(db, 'leader'), { projectId });
    expect(file.filename).toBe(`自评表-${PROPERTY_PROJECT}-2022.xlsx`);
    const [sheet] = (await read(file.body)).worksheets;
    expect(sheet!.getCell('A1').value).toBe('项目支出绩效自评表');
    expect(sheet!.getCell('B3').value).toBe(PROPERTY_PROJECT);
    expect([2, 3, 4, 5, 6, 7].map((c) => sheet!.getCell(6, c).value)).toEqual([116.96, 116.96, 100, 10, 100 / 116.96, 8.55]);
    const lines = [10, 11, 12, 13, 14].map((r) => [3, 4, 5, 6, 7].map((c) => sheet!.getCell(r, c).value));
    expect(lines).toEqual([
      // No 满意度: the 80 points of 产出 and 效益 are worth 90 (lib/self-evaluation/sheet.test.ts has the arithmetic).
      ['消防安全检查次数', '12次', '12 次', 18.75, 18.75],
      ['主电路设备检查', '进行12次的主电路设备检查', '达成', 18.75, 16.88],
      ['安全保障', '保障资产安全', '达成', 16.88, 15.19],
      ['行政运转', '保障日常政务办公环境正常', '部分达成', 16.87, 11.81],
      ['绿化保洁工作质量达标率', '100%', '98 %', 18.75, 18.38],
    ]);
    expect([sheet!.getCell('A15').value, sheet!.getCell('F15').value, sheet!.getCell('H15').value]).toEqual(['总分', 89.56, '等级：良']);
  });

  it('a department: a 汇总 sheet and a sheet per project; for leaders and administrators only', async () => {
    const workbook = await read((await buildSelfEvaluationWorkbook(db, actorOf(db, 'leader'), { year: 2022, departmentId: null })).body);
    expect(workbook.worksheets).toHaveLength(35);
    const summary = workbook.worksheets[0]!;
    expect(summary.name).toBe('汇总');
    const row = summary.getRows(4, 34)!.find((r) => r.getCell(2).value === PROPERTY_PROJECT)!;
    expect([row.getCell(3).value, row.getCell(4).value, row.getCell(6).value]).toEqual([89.56, '良', '草稿']);
    await expect(buildSelfEvaluationWorkbook(db, actorOf(db, 'owner'), { year: 2022, departmentId: null })).rejects.toThrow(ForbiddenError);
  });

  it('reads its parameters strictly', () => {
    expect(parseSelfEvaluationExportParams(new URLSearchParams('project=3'))).toEqual({ projectId: 3 });
    expect(parseSelfEvaluationExportParams(new URLSearchParams('year=2022&department=2'))).toEqual({ year: 2022, departmentId: 2 });
    expect(() => parseSelfEvaluationExportParams(new URLSearchParams('project=x'))).toThrow('项目参数 project 应为正整数');
    expect(() => parseSelfEvaluationExportParams(new URLSearchParams(''))).toThrow('请指定项目 project，或年度 year');
  });

  it('the API’s JSON of the same evaluation matches the document', () => {
    const responses = openApiResponses(openApiDocument());
    const json = selfEvaluationJson(getSelfEvaluation(db, actorOf(db, 'leader'), projectId));
    expect(responses.problems('GET /api/v1/projects/{id}/self-evaluation 200', json)).toEqual([]);
    expect(json).toMatchObject({ status: 'draft', total: 89.56, grade: '良', budget: { initial: 116.96, adjusted: null, executed: 100, weight: 10, score: 8.55 } });
  });
});
