/** The 项目 list of a department–year as .xlsx or .csv, with the page's filters and sort (all pages). */
import ExcelJS from 'exceljs';
import type { Db } from '@/db';
import { filterRows, sortRows, type ProjectRow } from '@/lib/project-list/filter-rows';
import type { ProjectListParams } from '@/lib/project-list/params';
import type { Actor } from '../auth/actor';
import { listProjectRows } from '../projects/list-project-rows';
import { toCsv } from './csv';
import { CSV_TYPE, XLSX_TYPE, xlsxBytes, type ExportFile } from './export-file';
import type { ExportFormat } from '../api/param-schemas';
import type { ExportScopeParams } from './export-params';
import { resolveExportBudgetYear } from './export-scope';
import { PROJECT_LIST_COLUMNS } from './project-list-columns';

export interface ProjectListExportInput {
  scope: ExportScopeParams;
  list: ProjectListParams;
  format: ExportFormat;
}

async function workbookOf(rows: ProjectRow[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('项目列表', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = PROJECT_LIST_COLUMNS.map(({ header, width, numFmt }) => ({ header, width, style: numFmt ? { numFmt } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(PROJECT_LIST_COLUMNS.map((c) => c.cell(row)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: PROJECT_LIST_COLUMNS.length } };
  return xlsxBytes(workbook);
}

export async function exportProjectList(db: Db, actor: Actor, { scope, list, format }: ProjectListExportInput): Promise<ExportFile> {
  const budgetYear = resolveExportBudgetYear(db, actor, scope.year, scope.departmentId);
  const all = listProjectRows(db, actor, { budgetYear, options: [], asOf: scope.asOf });
  const rows = sortRows(filterRows(all, list), list);
  const base = { filename: `项目列表-${scope.asOf}.${format}`, fallbackFilename: `projects-${scope.asOf}.${format}` };
  if (format === 'csv') {
    const csv = toCsv([PROJECT_LIST_COLUMNS.map((c) => c.header), ...rows.map((row) => PROJECT_LIST_COLUMNS.map((c) => c.csv(row)))]);
    return { ...base, body: csv, contentType: CSV_TYPE };
  }
  return { ...base, body: await workbookOf(rows), contentType: XLSX_TYPE };
}
