/** The 项目 list of a department–year as .xlsx or .csv, with the page's filters and sort (all pages). */
import type { Db } from '@/db';
import { filterRows, sortRows, type ProjectRow } from '@/lib/project-list/filter-rows';
import type { ProjectListParams } from '@/lib/project-list/params';
import type { Actor } from '../auth/actor';
import { listProjectRows } from '../projects/list-project-rows';
import { toCsv } from './csv';
import { CSV_TYPE, XLSX_TYPE, type ExportFile } from './export-file';
import type { ExportFormat } from '../api/param-schemas';
import type { ExportScopeParams } from './export-params';
import { resolveExportBudgetYear } from './export-scope';
import { PROJECT_LIST_COLUMNS } from './project-list-columns';
import { streamWorkbook } from './workbook-stream';

/** Rows written between two turns of the event loop. */
const ROWS_PER_PAGE = 500;

export interface ProjectListExportInput {
  scope: ExportScopeParams;
  list: ProjectListParams;
  format: ExportFormat;
}

/** The rows on one sheet, streamed: a header row, then each row committed as it is written, a page at a time. */
function workbookOf(rows: ProjectRow[], creator: string): ReadableStream<Uint8Array> {
  return streamWorkbook({ creator, title: '项目列表' }, async ({ workbook, commitSheet, next }) => {
    const sheet = workbook.addWorksheet('项目列表', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: PROJECT_LIST_COLUMNS.length } };
    sheet.columns = PROJECT_LIST_COLUMNS.map(({ header, width, numFmt }) => ({ header, width, style: numFmt ? { numFmt } : {} }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (const [i, row] of rows.entries()) {
      sheet.addRow(PROJECT_LIST_COLUMNS.map((c) => c.cell(row))).commit();
      if ((i + 1) % ROWS_PER_PAGE === 0) await next();
    }
    await commitSheet(sheet);
  });
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
  return { ...base, body: workbookOf(rows, actor.name), contentType: XLSX_TYPE };
}
