/**
 * The Guangzhou inline layout of a 项目支出绩效目标表 (DOMAIN.md §1), as a PDF-to-text extraction gives
 * it: title / `部门名称：…` / `单位：万元` lines, a tab-separated header row
 * `项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标`, a 合计 row, the department's
 * subtotal row, then one row per project. Blank lines are ignored; everything else is either placed or
 * reported as a warning with its line.
 */
import { addAmounts, checkProjectParts, checkTotals, emptyAmounts } from './amounts';
import { TableFormatError } from './errors';
import { findHeaderRow, readHeaderRow, readPreamble, splitCells, type Column } from './header';
import { readIndicators } from './items';
import { assertWithinLimits, splitLines } from './limits';
import { placeRow, type Placement } from './placement';
import { readRow } from './rows';
import { excerpt, findBinaryNoise } from './text';
import type { Amounts, ImportPreview, ImportWarning, PreviewProject } from './types';

export const MISSING_HEADER = '未识别到项目支出绩效目标表：缺少表头行（项目名称…绩效指标）';

/** Rejects what is not text at all; shared by both layouts. */
export function assertText(text: string): void {
  if (text.trim() === '') throw new TableFormatError('内容为空：未识别到项目支出绩效目标表');
  if (findBinaryNoise(text)) throw new TableFormatError('内容含有控制字符，不是文本表格（可能是二进制文件）');
}

function placeRows(lines: string[], headerIndex: number, columns: Column[], divisor: number, state: Placement): void {
  for (let index = headerIndex + 1; index < lines.length; index += 1) {
    const raw = lines[index] ?? '';
    const line = index + 1;
    if (raw.trim() === '') continue;
    if (readHeaderRow(raw)) {
      state.warnings.push({ line, message: '重复的表头行（分页处），已跳过' });
    } else if (!raw.includes('\t')) {
      state.warnings.push({ line, message: `不是表格行（没有制表符），未导入：「${excerpt(raw)}」` });
    } else {
      placeRow(readRow(splitCells(raw), line, columns, divisor, state.warnings), state);
    }
  }
}

function finishProject(draft: Placement['drafts'][number], warnings: ImportWarning[]): PreviewProject {
  const indicators = readIndicators(draft.segments, warnings);
  if (indicators.length === 0) warnings.push({ line: draft.line, message: `项目「${draft.name}」没有绩效指标` });
  if (draft.goal === '') warnings.push({ line: draft.line, message: `项目「${draft.name}」没有绩效目标` });
  warnings.push(...checkProjectParts(draft.name, draft.amounts, draft.line));
  return { name: draft.name, amounts: draft.amounts, goal: draft.goal, indicators };
}

/** Parses the inline layout; throws TableFormatError when the text is not such a table at all. */
export function parseInlineTable(text: string): ImportPreview {
  assertText(text);
  const lines = splitLines(text);
  assertWithinLimits(lines.map(splitCells));
  const headerIndex = findHeaderRow(lines);
  const columns = readHeaderRow(lines[headerIndex] ?? '');
  if (headerIndex < 0 || !columns) throw new TableFormatError(MISSING_HEADER);
  const preamble = readPreamble(lines.slice(0, headerIndex));
  const state: Placement = { department: preamble.department, warnings: [...preamble.warnings], drafts: [], totals: null };
  placeRows(lines, headerIndex, columns, preamble.divisor, state);
  if (state.drafts.length === 0) throw new TableFormatError('未识别到项目：表头行之后没有项目行');
  const projects = state.drafts.map((draft) => finishProject(draft, state.warnings));
  const sums = projects.map((project) => project.amounts);
  const totals = state.totals?.amounts ?? sums.reduce(addAmounts, emptyAmounts());
  if (state.totals) {
    state.warnings.push(...checkTotals(state.totals.amounts, sums, state.totals.line));
  } else {
    state.warnings.push({ line: headerIndex + 1, message: '未找到合计行，合计按各项目之和计算' });
  }
  const warnings = [...state.warnings].sort((a, b) => a.line - b.line);
  return { title: preamble.title, department: preamble.department, unit: '万元', totals, projects, warnings };
}
