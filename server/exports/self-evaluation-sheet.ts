/** One project's 项目支出绩效自评表 on a worksheet, laid out like the official form (DOMAIN.md §7). */
import type { Worksheet } from 'exceljs';
import type { Indicator, Project } from '@/db/schema';
import { formatNumber } from '@/lib/format/number';
import type { Sheet, SheetLine } from '@/lib/self-evaluation/sheet';
import { SELF_EVALUATION_STATUS_LABELS, type SelfEvaluationStatus } from '@/lib/self-evaluation/vocabulary';
import { targetText } from './indicator-row';
import { PERCENT_FORMAT, put, putTitle, rowHeight, WAN_FORMAT } from './sheet-style';

export const SELF_EVALUATION_TITLE = '项目支出绩效自评表';
const SCORE_FORMAT = '0.00';
/** 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施. */
const WIDTHS = [12, 14, 26, 20, 16, 9, 9, 40];
const LAST = WIDTHS.length;
const span = (from: number, to: number) => WIDTHS.slice(from - 1, to).reduce((a, b) => a + b, 0);

export interface SelfEvaluationSheetInput {
  project: Project;
  indicators: Indicator[];
  sheet: Sheet;
  departmentName: string;
  year: number;
  status: SelfEvaluationStatus;
  goalActual: string;
}

function actualText(line: SheetLine, indicator: Indicator | undefined): string {
  if (line.target.kind === 'qualitative') return line.status ?? '未填报';
  return line.actual === null ? '未填报' : formatNumber(line.actual, line.target.unit ?? indicator?.targetUnit ?? null);
}

function analysisText(line: SheetLine): string {
  return line.notApplicable ? `不适用：${line.reason}` : [line.analysis, line.changed && line.reason ? `调整理由：${line.reason}` : ''].filter(Boolean).join('\n');
}

export function writeSelfEvaluationSheet(ws: Worksheet, input: SelfEvaluationSheetInput): void {
  const { project, sheet, departmentName } = input;
  ws.columns = WIDTHS.map((width) => ({ width }));
  putTitle(ws, 1, LAST, SELF_EVALUATION_TITLE, 16);
  ws.getRow(1).height = 30;
  putTitle(ws, 2, LAST, `（${input.year}年度　状态：${SELF_EVALUATION_STATUS_LABELS[input.status]}）`, 10);

  put(ws, { top: 3, left: 1 }, '项目名称', 'label');
  put(ws, { top: 3, left: 2, right: LAST }, project.name, 'text');
  put(ws, { top: 4, left: 1 }, '主管部门', 'label');
  put(ws, { top: 4, left: 2, right: 4 }, departmentName, 'text');
  put(ws, { top: 4, left: 5 }, '实施单位', 'label');
  put(ws, { top: 4, left: 6, right: LAST }, project.implementingUnit ?? departmentName, 'text');

  const { budget } = sheet;
  put(ws, { top: 5, left: 1, bottom: 6 }, '项目资金（万元）', 'label');
  const money: [string, number | string | null, string, string?][] = [
    ['年初预算数', budget.initial, WAN_FORMAT],
    ['全年预算数', budget.adjusted ?? budget.initial, WAN_FORMAT],
    ['全年执行数', budget.executed, WAN_FORMAT],
    ['分值', budget.weight, SCORE_FORMAT],
    ['执行率', budget.rate, PERCENT_FORMAT],
    ['得分', budget.score, SCORE_FORMAT],
  ];
  money.forEach(([label, value, format], i) => {
    put(ws, { top: 5, left: i + 2 }, label, 'label');
    put(ws, { top: 6, left: i + 2 }, value ?? '—', 'number', format);
  });
  put(ws, { top: 5, left: LAST }, '执行偏差原因分析', 'label');
  put(ws, { top: 6, left: LAST }, budget.analysis, 'text');
  ws.getRow(6).height = rowHeight([[budget.analysis, WIDTHS[LAST - 1]!]]);

  put(ws, { top: 7, left: 1, bottom: 8 }, '年度总体目标', 'label');
  put(ws, { top: 7, left: 2, right: 4 }, '预期目标', 'label');
  put(ws, { top: 7, left: 5, right: LAST }, '实际完成情况', 'label');
  put(ws, { top: 8, left: 2, right: 4 }, project.goal, 'text');
  put(ws, { top: 8, left: 5, right: LAST }, input.goalActual, 'text');
  ws.getRow(8).height = rowHeight([[project.goal, span(2, 4)], [input.goalActual, span(5, LAST)]]);

  const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
  header.forEach((label, i) => put(ws, { top: 9, left: i + 1 }, label, 'label'));
  const byId = new Map(input.indicators.map((i) => [i.id, i]));
  sheet.lines.forEach((line, i) => {
    const indicator = byId.get(line.indicatorId);
    const row = 10 + i;
    const texts = [indicator?.category ?? line.category, indicator?.subcategory ?? '', line.name, indicator ? targetText(indicator) : '', actualText(line, indicator)];
    texts.forEach((text, col) => put(ws, { top: row, left: col + 1 }, text, col === 2 ? 'text' : 'center'));
    put(ws, { top: row, left: 6 }, line.weight, 'number', SCORE_FORMAT);
    put(ws, { top: row, left: 7 }, line.score ?? '不适用', line.score === null ? 'center' : 'number', SCORE_FORMAT);
    const analysis = analysisText(line);
    put(ws, { top: row, left: 8 }, analysis, 'text');
    ws.getRow(row).height = rowHeight([...texts.map((t, c): [string, number] => [t, WIDTHS[c]!]), [analysis, WIDTHS[7]!]]);
  });
  const end = 10 + sheet.lines.length;
  put(ws, { top: end, left: 1, right: 5 }, '总分', 'label');
  put(ws, { top: end, left: 6, right: 7 }, sheet.total, 'number', SCORE_FORMAT);
  put(ws, { top: end, left: 8 }, `等级：${sheet.grade}`, 'center');
  ws.views = [{ state: 'frozen', ySplit: 9 }];
  ws.pageSetup = { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '9:9' };
}
