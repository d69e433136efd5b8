/**
 * Excel workbooks → rows of cell text. The zip is checked before SheetJS inflates it, sheets are read in dense
 * mode and only cells that exist are visited: a cell at XFD1048576 must not make anything allocate a row of
 * 16,384 columns or a million rows. Sheets past the row or column limit are refused.
 */
import * as XLSX from '@e965/xlsx';
import { TableFormatError } from '../errors';
import { TABLE_LIMITS } from '../limits';
import type { SourceRef } from '../types';
import type { SourceRows } from './index';
import { checkZip, isZip } from './zip';

export const SHEET_LIMITS = {
  /** Rows of all sheets together. */
  rows: TABLE_LIMITS.lines,
  /** The rightmost column a value may stand in (column IV). */
  columns: 256,
} as const;

const OPTIONS: XLSX.ParsingOptions = {
  type: 'buffer',
  dense: true,
  cellFormula: false,
  cellHTML: false,
  cellStyles: false,
  cellNF: false,
  bookVBA: false,
};

function openWorkbook(bytes: Uint8Array, what: string): XLSX.WorkBook {
  try {
    if (isZip(bytes)) checkZip(bytes);
  } catch (error) {
    if (error instanceof TableFormatError) throw new TableFormatError(`无法读取该 ${what} 文件：${error.message}`);
    throw error;
  }
  try {
    return XLSX.read(bytes, OPTIONS);
  } catch {
    throw new TableFormatError(`无法读取该 ${what} 文件：文件已损坏、已加密或格式不受支持`);
  }
}

function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  const text = cell.w ?? String(cell.v);
  return text.replace(/[\t\r\n]+/g, ' ');
}

/** One sheet's rows (missing rows as empty ones, so that row i stays row i). */
function sheetRows(sheet: XLSX.WorkSheet, name: string): string[][] {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const rows: string[][] = [];
  data.forEach((row, r) => {
    if (r >= SHEET_LIMITS.rows) throw new TableFormatError(`工作表「${name}」超过 ${SHEET_LIMITS.rows} 行，不像是绩效目标表，未导入`);
    if (!row) return;
    const cells: string[] = [];
    row.forEach((cell, c) => {
      const text = cellText(cell);
      if (text === '') return;
      if (c >= SHEET_LIMITS.columns) {
        throw new TableFormatError(`工作表「${name}」第 ${r + 1} 行在第 ${c + 1} 列有内容，超过 ${SHEET_LIMITS.columns} 列的上限，不像是绩效目标表，未导入`);
      }
      while (cells.length < c) cells.push('');
      cells.push(text);
    });
    while (rows.length < r) rows.push([]);
    rows.push(cells);
  });
  return rows;
}

/** Every sheet's rows, each sheet followed by an empty row, with the sheet and row each came from. */
export function readWorkbook(bytes: Uint8Array, what = 'Excel'): SourceRows {
  const workbook = openWorkbook(bytes, what);
  const rows: string[][] = [];
  const sources: SourceRef[] = [];
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    const read = sheet ? [...sheetRows(sheet, name), []] : [];
    read.forEach((row, index) => {
      rows.push(row);
      sources.push({ sheet: name, row: index + 1 });
    });
    if (rows.length > SHEET_LIMITS.rows) throw new TableFormatError(`工作簿超过 ${SHEET_LIMITS.rows} 行，不像是绩效目标表，未导入`);
  }
  return { rows, sources };
}
