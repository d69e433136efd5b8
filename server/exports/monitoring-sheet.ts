/** One project's 项目支出绩效目标执行监控表 on a worksheet, laid out like the official form (DOMAIN.md §7). */
import type { AddWorksheetOptions, Worksheet } from 'exceljs';
import { formatPeriod } from '@/lib/format/number';
import { periodMonth, periodYear, timeElapsed } from '@/lib/monitoring';
import type { Period } from '@/lib/monitoring/types';
import type { EvaluatedProject } from '../monitoring/evaluate-projects';
import { indicatorRow } from './indicator-row';
import { headerRuns, monitoringColumns, type MonitoringColumn } from './monitoring-columns';
import { PERCENT_FORMAT, put, putTitle, rowHeight, WAN_FORMAT } from './sheet-style';

export const FORM_TITLE = '项目支出绩效目标执行监控表';
/** First row of the two-row indicator header. */
const HEADER_ROW = 8;

export interface MonitoringSheetInput {
  evaluated: EvaluatedProject;
  departmentName: string;
  asOf: Period;
  reasons: readonly string[];
  /** The monitoring round the sheet is exported for, named in the period line. */
  round?: string;
}

/** 1–7月, or 1月 in January. */
function monthsLabel(asOf: Period): string {
  const month = periodMonth(asOf);
  return month === 1 ? '1月' : `1–${month}月`;
}

/** The sheet's options, given when it is added (a streamed sheet takes them only then): frozen headers, A4 landscape. */
export const MONITORING_SHEET_OPTIONS: Partial<AddWorksheetOptions> = {
  views: [{ state: 'frozen', ySplit: HEADER_ROW + 1 }],
  pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW + 1}` },
};

/** Where a written form ends, for what goes below it (a streamed sheet cannot be asked). */
export interface SheetExtent {
  lastRow: number;
  lastColumn: number;
}

/** Writes the form on a sheet added with MONITORING_SHEET_OPTIONS; rows stay uncommitted (merges need them). */
export function writeMonitoringSheet(sheet: Worksheet, { evaluated, departmentName, asOf, reasons, round }: MonitoringSheetInput): SheetExtent {
  const { project, budget } = evaluated;
  const months = monthsLabel(asOf);
  const columns = monitoringColumns(months, reasons);
  const widths = columns.map((c) => c.width);
  const last = widths.length;
  const spanWidth = (from: number, to: number) => widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  sheet.columns = widths.map((width) => ({ width }));

  putTitle(sheet, 1, last, FORM_TITLE, 16);
  sheet.getRow(1).height = 30;
  putTitle(sheet, 2, last, `（${periodYear(asOf)}年度　${round ? `${round}　` : ''}监控期间：${months}，截至${formatPeriod(asOf)}）`, 10);

  put(sheet, { top: 3, left: 1 }, '项目名称', 'label');
  put(sheet, { top: 3, left: 2, right: last }, project.name, 'text');
  put(sheet, { top: 4, left: 1 }, '主管部门', 'label');
  put(sheet, { top: 4, left: 2, right: 5 }, departmentName, 'text');
  put(sheet, { top: 4, left: 6 }, '实施单位', 'label');
  put(sheet, { top: 4, left: 7, right: last }, departmentName, 'text');

  put(sheet, { top: 5, left: 1, bottom: 6 }, '项目资金（万元）', 'label');
  put(sheet, { top: 5, left: 2, right: 3 }, '年初预算数', 'label');
  put(sheet, { top: 6, left: 2, right: 3 }, project.total ?? '—', 'number', WAN_FORMAT);
  put(sheet, { top: 5, left: 4, right: 5 }, `${months}执行数`, 'label');
  put(sheet, { top: 6, left: 4, right: 5 }, budget.executed ?? '—', 'number', WAN_FORMAT);
  put(sheet, { top: 5, left: 6 }, `${months}执行率`, 'label');
  put(sheet, { top: 6, left: 6 }, budget.executionRate ?? '—', 'number', PERCENT_FORMAT);
  put(sheet, { top: 5, left: 7, right: last }, '序时进度', 'label');
  put(sheet, { top: 6, left: 7, right: last }, timeElapsed(asOf), 'number', PERCENT_FORMAT);
  sheet.getRow(5).height = rowHeight([[`${months}执行率`, widths[5]]]);

  put(sheet, { top: 7, left: 1 }, '年度总体目标', 'label');
  put(sheet, { top: 7, left: 2, right: last }, project.goal, 'text');
  sheet.getRow(7).height = rowHeight([[project.goal, spanWidth(2, last)]]);

  writeIndicatorHeader(sheet, columns);
  writeIndicators(sheet, evaluated, reasons, columns);
  return { lastRow: HEADER_ROW + 1 + Math.max(1, evaluated.indicators.length), lastColumn: last };
}

function writeIndicatorHeader(sheet: Worksheet, columns: readonly MonitoringColumn[]): void {
  const top = HEADER_ROW;
  for (const { from, to, group } of headerRuns(columns)) {
    if (!group) {
      put(sheet, { top, left: from + 1, bottom: top + 1 }, columns[from]!.header, 'label');
      continue;
    }
    put(sheet, { top, left: from + 1, right: to + 1 }, group, 'label');
    for (let i = from; i <= to; i++) put(sheet, { top: top + 1, left: i + 1 }, columns[i]!.header, 'label');
  }
  sheet.getRow(top + 1).height = rowHeight(columns.filter((c) => c.group).map((c) => [c.header, c.width]));
}

function writeIndicators(sheet: Worksheet, { indicators }: EvaluatedProject, reasons: readonly string[], columns: readonly MonitoringColumn[]): void {
  const first = HEADER_ROW + 2;
  if (indicators.length === 0) {
    put(sheet, { top: first, left: 1, right: columns.length }, '（该项目没有绩效指标）', 'center');
    return;
  }
  indicators.forEach((evaluated, i) => {
    const row = indicatorRow(evaluated, reasons);
    const cells = columns.map((column) => column.cell(row));
    cells.forEach((text, col) => put(sheet, { top: first + i, left: col + 1 }, text, columns[col]!.kind));
    sheet.getRow(first + i).height = rowHeight(cells.map((text, col) => [text, columns[col]!.width]));
  });
  mergeRuns(sheet, first, 1, indicators.map((e) => e.indicator.category ?? ''));
  mergeRuns(sheet, first, 2, indicators.map((e) => (e.indicator.subcategory ? `${e.indicator.category}|${e.indicator.subcategory}` : '')));
}

/** Merges vertical runs of equal, non-empty keys in one column, as the official forms group 一级/二级指标. */
function mergeRuns(sheet: Worksheet, firstRow: number, col: number, keys: string[]): void {
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i < keys.length && keys[i] === keys[start]) continue;
    if (keys[start] && i - 1 > start) sheet.mergeCells(firstRow + start, col, firstRow + i - 1, col);
    start = i;
  }
}
