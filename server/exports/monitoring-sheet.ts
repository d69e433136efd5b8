/** One project's 项目支出绩效目标执行监控表 on a worksheet, laid out like the official form (DOMAIN.md §7). */
import type { Worksheet } from 'exceljs';
import { formatPeriod } from '@/lib/format/number';
import { periodMonth, periodYear, timeElapsed } from '@/lib/monitoring';
import type { Period } from '@/lib/monitoring/types';
import type { EvaluatedProject } from '../monitoring/evaluate-projects';
import { indicatorRow } from './indicator-row';
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

/** Column widths: 一级, 二级, 三级, 年度指标值, 执行情况, 预计, one per 偏差原因, 可能性, 原因说明/备注. */
function columnWidths(reasonCount: number): number[] {
  return [12, 14, 26, 16, 16, 14, ...Array<number>(reasonCount).fill(7), 12, 32];
}

export function writeMonitoringSheet(sheet: Worksheet, { evaluated, departmentName, asOf, reasons, round }: MonitoringSheetInput): void {
  const { project, budget } = evaluated;
  const widths = columnWidths(reasons.length);
  const last = widths.length;
  const spanWidth = (from: number, to: number) => widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  const months = monthsLabel(asOf);
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

  writeIndicatorHeader(sheet, months, reasons, last);
  writeIndicators(sheet, evaluated, reasons, widths);

  sheet.views = [{ state: 'frozen', ySplit: HEADER_ROW + 1 }];
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW + 1}` };
}

function writeIndicatorHeader(sheet: Worksheet, months: string, reasons: readonly string[], last: number): void {
  const top = HEADER_ROW;
  const single = ['一级指标', '二级指标', '三级指标', '年度指标值', `${months}执行情况`, '全年预计完成情况'];
  single.forEach((label, i) => put(sheet, { top, left: i + 1, bottom: top + 1 }, label, 'label'));
  const firstReason = single.length + 1;
  put(sheet, { top, left: firstReason, right: firstReason + reasons.length - 1 }, '偏差原因', 'label');
  reasons.forEach((reason, i) => put(sheet, { top: top + 1, left: firstReason + i }, reason, 'label'));
  put(sheet, { top, left: last - 1, bottom: top + 1 }, '完成目标可能性', 'label');
  put(sheet, { top, left: last, bottom: top + 1 }, '原因说明/备注', 'label');
  sheet.getRow(top + 1).height = rowHeight(reasons.map((r) => [r, 7]));
}

function writeIndicators(sheet: Worksheet, { indicators }: EvaluatedProject, reasons: readonly string[], widths: number[]): void {
  const first = HEADER_ROW + 2;
  if (indicators.length === 0) {
    put(sheet, { top: first, left: 1, right: widths.length }, '（该项目没有绩效指标）', 'center');
    return;
  }
  indicators.forEach((evaluated, i) => {
    const row = indicatorRow(evaluated, reasons);
    const cells = [row.category, row.subcategory, row.name, row.target, row.execution, row.forecast, ...row.reasons, row.possibility, row.remark];
    cells.forEach((text, col) => put(sheet, { top: first + i, left: col + 1 }, text, col === 2 || col === cells.length - 1 ? 'text' : 'center'));
    sheet.getRow(first + i).height = rowHeight(cells.map((text, col) => [text, widths[col]]));
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
