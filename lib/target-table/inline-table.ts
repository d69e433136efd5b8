/**
 * The Guangzhou inline layout of a 项目支出绩效目标表 (DOMAIN.md §1), as a PDF-to-text extraction gives
 * it: title / `部门名称：…` / `单位：万元` rows, a header row
 * `项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标`, a 合计 row, the department's
 * subtotal row, then one row per project. Blank rows are ignored; everything else is either placed or
 * reported as a warning with its line. Row i of the input is line i + 1.
 */
import { addAmounts, checkProjectParts, checkTotals, emptyAmounts } from './amounts';
import { TableFormatError } from './errors';
import { findHeaderRow, readHeaderRow, readPreamble, type Column } from './header';
import { readIndicators } from './items';
import { placeRows, type Draft } from './placement';
import { readRow, type TableRow } from './rows';
import { textRows } from './readers/text';
import { excerpt } from './text';
import type { ImportPreview, ImportWarning, PreviewProject, Staged } from './types';

export const MISSING_HEADER = '未识别到项目支出绩效目标表：缺少表头行（项目名称…绩效指标）';

/** The data rows after the header, read into table rows; repeated headers and one-cell rows are reported. */
function readDataRows(rows: readonly (readonly string[])[], headerIndex: number, columns: Column[], divisor: number): Staged<TableRow[]> {
  const read: TableRow[] = [];
  const warnings: ImportWarning[] = [];
  for (let index = headerIndex + 1; index < rows.length; index += 1) {
    const cells = rows[index] ?? [];
    const line = index + 1;
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (readHeaderRow(cells)) {
      warnings.push({ line, message: '重复的表头行（分页处），已跳过' });
    } else if (cells.length < 2) {
      warnings.push({ line, message: `不是表格行（没有制表符），未导入：「${excerpt(cells[0] ?? '')}」` });
    } else {
      const row = readRow(cells, line, columns, divisor);
      read.push(row.value);
      warnings.push(...row.warnings);
    }
  }
  return { value: read, warnings };
}

function finishProject(draft: Draft): Staged<PreviewProject> {
  const indicators = readIndicators(draft.segments);
  const warnings = [...indicators.warnings];
  if (indicators.value.length === 0) warnings.push({ line: draft.line, message: `项目「${draft.name}」没有绩效指标` });
  if (draft.goal === '') warnings.push({ line: draft.line, message: `项目「${draft.name}」没有绩效目标` });
  warnings.push(...checkProjectParts(draft.name, draft.amounts, draft.line));
  return { value: { name: draft.name, amounts: draft.amounts, goal: draft.goal, indicators: indicators.value, line: draft.line }, warnings };
}

/** Parses rows of cells in the inline layout; throws TableFormatError when they are not such a table at all. */
export function parseInlineRows(rows: readonly (readonly string[])[]): ImportPreview {
  const headerIndex = findHeaderRow(rows);
  const columns = readHeaderRow(rows[headerIndex] ?? []);
  if (headerIndex < 0 || !columns) throw new TableFormatError(MISSING_HEADER);
  const preamble = readPreamble(rows.slice(0, headerIndex));
  const { title, department, divisor } = preamble.value;
  const data = readDataRows(rows, headerIndex, columns, divisor);
  const placed = placeRows(data.value, department);
  if (placed.value.drafts.length === 0) throw new TableFormatError('未识别到项目：表头行之后没有项目行');
  const finished = placed.value.drafts.map(finishProject);
  const projects = finished.map((project) => project.value);
  const sums = projects.map((project) => project.amounts);
  const stated = placed.value.totals;
  const totals = stated?.amounts ?? sums.reduce(addAmounts, emptyAmounts());
  const totalWarnings = stated
    ? checkTotals(stated.amounts, sums, stated.line)
    : [{ line: headerIndex + 1, message: '未找到合计行，合计按各项目之和计算' }];
  const warnings = [preamble, data, placed, ...finished].flatMap((stage) => stage.warnings).concat(totalWarnings);
  return { title, department, unit: '万元', totals, projects, warnings: warnings.sort((a, b) => a.line - b.line) };
}

/** Parses tab-separated text in the inline layout. */
export function parseInlineTable(text: string): ImportPreview {
  return parseInlineRows(textRows(text));
}
