/** The 项目支出绩效自评表 of one project, or a department–year's workbook: a 汇总 sheet and one sheet per project. */
import ExcelJS from 'exceljs';
import type { Db } from '@/db';
import { idParamSchema, yearParamSchema } from '@/server/api/param-schemas';
import { SELF_EVALUATION_STATUS_LABELS, SELF_EVALUATION_WARNING_LABELS } from '@/lib/self-evaluation/vocabulary';
import type { Actor } from '../auth/actor';
import { ValidationError } from '../errors';
import { getSelfEvaluationSummary, type SelfEvaluationSummary } from '../self-evaluation/department-summary';
import { getSelfEvaluation } from '../self-evaluation/get-self-evaluation';
import { safeFilename, XLSX_TYPE, xlsxBytes, type ExportFile } from './export-file';
import { SELF_EVALUATION_TITLE, writeSelfEvaluationSheet } from './self-evaluation-sheet';
import { PERCENT_FORMAT, put, putTitle } from './sheet-style';
import { uniqueSheetNames } from './sheet-names';

export type SelfEvaluationExportParams = { projectId: number } | { year: number; departmentId: number | null };

/** `project=ID`, or `year=YYYY` with an optional `department=ID`. */
export function parseSelfEvaluationExportParams(params: URLSearchParams): SelfEvaluationExportParams {
  const project = params.get('project');
  if (project !== null && project !== '') {
    if (!idParamSchema.safeParse(project).success) throw new ValidationError('项目参数 project 应为正整数', { project: ['无效的编号'] });
    return { projectId: Number(project) };
  }
  const year = params.get('year') ?? '';
  if (!yearParamSchema.safeParse(year).success) throw new ValidationError('请指定项目 project，或年度 year（四位数字，如 2022）', { year: ['无效的年度'] });
  const department = params.get('department');
  if (department !== null && department !== '' && !idParamSchema.safeParse(department).success) {
    throw new ValidationError('部门参数 department 应为正整数', { department: ['无效的编号'] });
  }
  return { year: Number(year), departmentId: department ? Number(department) : null };
}

function newWorkbook(actor: Actor, title: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = actor.name;
  workbook.title = title;
  workbook.created = new Date();
  return workbook;
}

function writeSummarySheet(ws: ExcelJS.Worksheet, summary: SelfEvaluationSummary): void {
  const widths = [6, 40, 10, 8, 10, 10, 12, 50];
  ws.columns = widths.map((width) => ({ width }));
  putTitle(ws, 1, widths.length, `${summary.budgetYear.departmentName} ${summary.budgetYear.year}年度项目支出绩效自评汇总`, 14);
  const grades = Object.entries(summary.grades).map(([g, n]) => `${g} ${n} 个`).join('，');
  putTitle(ws, 2, widths.length, `共 ${summary.rows.length} 个项目：${grades}`, 10);
  ['序号', '项目名称', '总分', '等级', '执行率', '状态', '负责人', '自评预警'].forEach((label, i) => put(ws, { top: 3, left: i + 1 }, label, 'label'));
  summary.rows.forEach((row, i) => {
    const r = 4 + i;
    put(ws, { top: r, left: 1 }, row.seq, 'center');
    put(ws, { top: r, left: 2 }, row.name, 'text');
    put(ws, { top: r, left: 3 }, row.total, 'number', '0.00');
    put(ws, { top: r, left: 4 }, row.grade, 'center');
    put(ws, { top: r, left: 5 }, row.executionRate ?? '—', 'number', PERCENT_FORMAT);
    put(ws, { top: r, left: 6 }, SELF_EVALUATION_STATUS_LABELS[row.status], 'center');
    put(ws, { top: r, left: 7 }, row.owners, 'center');
    put(ws, { top: r, left: 8 }, row.warnings.map((w) => SELF_EVALUATION_WARNING_LABELS[w.code]).join('；'), 'text');
  });
}

export async function buildSelfEvaluationWorkbook(db: Db, actor: Actor, params: SelfEvaluationExportParams): Promise<ExportFile> {
  if ('projectId' in params) {
    const view = getSelfEvaluation(db, actor, params.projectId);
    const workbook = newWorkbook(actor, `${SELF_EVALUATION_TITLE}（${view.project.name}）`);
    writeSelfEvaluationSheet(workbook.addWorksheet(uniqueSheetNames([view.project.name])[0]!), { ...view, departmentName: view.project.departmentName, year: view.project.year });
    return { body: await xlsxBytes(workbook), filename: safeFilename(`自评表-${view.project.name}-${view.project.year}.xlsx`), fallbackFilename: `self-evaluation-project-${view.project.id}.xlsx`, contentType: XLSX_TYPE };
  }
  const summary = getSelfEvaluationSummary(db, actor, params.year, params.departmentId);
  const { departmentName, year } = summary.budgetYear;
  const workbook = newWorkbook(actor, `${SELF_EVALUATION_TITLE}（${departmentName}）`);
  const names = uniqueSheetNames(['汇总', ...summary.sheets.map(({ project }) => `${project.seq} ${project.name}`)]);
  writeSummarySheet(workbook.addWorksheet(names[0]!), summary);
  summary.sheets.forEach(({ project, indicators, sheet, row }, i) => {
    const input = { project, indicators, sheet, departmentName, year, status: row?.status ?? 'draft', goalActual: row?.goalActual ?? '' };
    writeSelfEvaluationSheet(workbook.addWorksheet(names[i + 1]!), input);
  });
  return { body: await xlsxBytes(workbook), filename: safeFilename(`自评表-${departmentName}-${year}.xlsx`), fallbackFilename: `self-evaluation-${year}.xlsx`, contentType: XLSX_TYPE };
}
