/**
 * The per-project grid layout (申报表, 批复表, 审批表, 绩效目标表, 一体化 exports) most provinces publish; here as
 * rows of cells from any reader. A header block per project, then its indicator grid:
 *
 *     项目支出绩效目标批复表                      ← optional title: a lone cell before the first project
 *     项目名称 | 主体班 | 项目负责人 |            ← starts a project; several pairs may share a row
 *     项目金额 | 164万元 | 其中：当年市级财政资金 | 132万元   ← 万元, 万 or 元 (converted)
 *     项目主管部门 | 实施单位 | 中共黄石市委党校  ← 主管部门, 实施单位, 实施期 / 项目期 go to the project
 *     年度绩效目标 | …                            ← also 本年度绩效目标, 年度目标 (preferred to 总体目标)
 *     一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重
 *     产出指标 | 数量指标 | 参加会议人数 | ≥ | 30 | 人 | 10
 *              |          | 会议数       |   | 4  | 次 | 10   ← empty 一级/二级 (merged cells) carry down
 *     数量指标 | 主体班培训人次 | 280人次                    ← a copied page drops merged cells: the row is read from
 *                                                            its 三级指标 on, category cells setting the levels
 *
 * Only 三级指标 and 指标值 columns are required. 指标值, 度量单位 and 指标性质 are composed into the 年度指标值
 * text (`≥30人`); 权重 (or 分值) is the indicator's weight. Totals are the sum of the projects.
 */
import { addAmounts, checkProjectParts, emptyAmounts } from './amounts';
import { TableFormatError } from './errors';
import { applyKey, newGridProject, type GridProject, type GridState } from './grid-block';
import { categoryCell, endsGrid, gridColumnOf, isOutputCost, keyOf, readGridHeader, readKeyValues, withoutHints, type GridColumn } from './grid-keys';
import { isCellStream, streamRecords, type GridRecord } from './grid-stream';
import { composeTarget, readWeight } from './grid-target';
import { inferMode, parseTarget } from '../target-value';
import { cleanRow, excerpt } from './text';
import type { ImportPreview, ImportWarning, PreviewProject, Staged } from './types';

export const MISSING_GRID_HEADER = '未识别到项目支出绩效目标表：缺少指标表头行（一级指标…三级指标…指标值）';

type Rows = readonly (readonly string[])[];

/** What a table's title says of itself; page furniture above it says otherwise. */
const TITLE = /绩效目标|目标表|申报表|批复表|审批表/;

const SUBHEADER = /^(?:\d{4}年)?(?:实际|预期|计划)?(?:\d{4}年)?(?:实现值|完成值|指标值|目标值|水平)$/;

const emptyCells = (): Record<GridColumn, string> => ({ level1: '', level2: '', name: '', value: '', unit: '', nature: '', weight: '', other: '' });

/** A 一级 cell: a new category resets the 二级. A bare `成本指标` after 产出指标 in a row that lost its columns is 产出's 二级. */
function setLevel1(project: GridProject, text: string, loose: boolean): void {
  const found = categoryCell(text);
  if (loose && isOutputCost(text, project.category)) {
    project.subcategory = '成本指标';
    return;
  }
  if (found?.category !== project.category || !loose) project.subcategory = null;
  [project.level1, project.category] = [text, found?.category ?? null];
}

/** A 二级 cell; its 一级 is the one it belongs to (a copied row may have lost the 一级 cell). */
function setLevel2(project: GridProject, text: string): void {
  const found = categoryCell(text);
  project.subcategory = found?.subcategory ?? text;
  if (isOutputCost(text, project.category)) return;
  if (found?.category && found.category !== project.category) [project.level1, project.category] = [text, found.category];
}

/**
 * The row's cells by column. A row as wide as the header is read by position (of two columns of a kind, as in
 * `三级指标（长期）… 三级指标（年度）`, the later filled one wins). A narrower row lost its merged cells when it was
 * copied: its leading empty and category cells set the levels, and the rest is read from the 三级指标 column on.
 * `placeholder` is a row that only names categories; null is a row that holds no indicator.
 */
function indicatorCells(project: GridProject, cells: string[]): Record<GridColumn, string> | 'placeholder' | null {
  const columns = project.columns ?? [];
  const read = emptyCells();
  if (cells.length >= columns.length) {
    columns.forEach((kind, i) => {
      if (kind && cells[i]) read[kind] = cells[i];
    });
    if (read.level1) setLevel1(project, read.level1, false);
    if (read.level2) setLevel2(project, read.level2);
    return read.name || read.value ? read : 'placeholder';
  }
  let start = 0;
  while (start < cells.length && (cells[start] === '' || categoryCell(cells[start]))) start += 1;
  const rest = cells.slice(start);
  const filled = rest.filter(Boolean).length;
  // A lone cell after the grid (`备注：无`, a signature line) is no indicator: one needs a name and a value.
  if (filled === 1) return null;
  for (const cell of cells.slice(0, start).filter(Boolean)) {
    if (categoryCell(cell)?.subcategory === null) setLevel1(project, cell, true);
    else setLevel2(project, cell);
  }
  if (filled === 0) return 'placeholder';
  const nameAt = columns.indexOf('name');
  rest.forEach((cell, i) => {
    const kind = columns[nameAt + i];
    if (kind && cell) read[kind] = cell;
  });
  return read;
}

/** Reads an indicator row into the project; null when the row holds no indicator. */
function readIndicatorRow(project: GridProject, cells: string[], line: number): ImportWarning[] | null {
  const warnings: ImportWarning[] = [];
  const warn = (message: string): void => void warnings.push({ line, message });
  const cell = indicatorCells(project, cells);
  if (!cell) return null;
  if (cell === 'placeholder') return [];
  const { category, subcategory } = project;
  const seq = project.indicators.length + 1;
  if (category === null) warn(`第${seq}项指标的一级指标「${project.level1}」无法识别，请选择`);
  const name = withoutHints(cell.name);
  if (!name) warn(`第${seq}项指标没有名称（三级指标），请补充`);
  if (!cell.value) warn(`第${seq}项指标没有指标值，请补充`);
  const targetText = composeTarget(cell.value, cell.unit, cell.nature, warn);
  const target = parseTarget(targetText, name);
  const weight = readWeight(cell.weight, warn);
  project.indicators.push({ seq, category, subcategory, name, targetText, target, mode: inferMode(target, name, targetText), ...(weight === null ? {} : { weight }) });
  return warnings;
}

function readGridRow({ cells, line }: GridRecord, state: GridState): ImportWarning[] {
  const project = state.projects.at(-1);
  const { pairs, rest } = readKeyValues(cells);
  const header = readGridHeader(cells);
  const inGrid = project?.columns && keyOf(cells.find(Boolean) ?? '') === null;
  const unread = (): ImportWarning[] => (rest.length > 0 ? [{ line, message: `文字「${excerpt(rest.join(' '))}」未能识别，未导入` }] : []);
  if (header) {
    const target = project ?? newGridProject(`未命名项目（第${line}行）`, line, state);
    [target.columns, target.closed] = [header, false];
    state.afterHeader = true;
    return project ? [] : [{ line, message: '指标表头之前没有「项目名称」，暂记为「未命名项目」，请补充' }];
  }
  const subheader = state.afterHeader && cells.filter(Boolean).every((cell) => SUBHEADER.test(cell.replace(/\s+/g, '')));
  state.afterHeader = false;
  if (subheader) {
    // `指标值` over `2021年实际实现值 | 预期2022年实现值`: the sub-header names the columns below it.
    cells.forEach((cell, i) => {
      const kind = gridColumnOf(cell);
      if (kind && project?.columns) project.columns[i] = kind;
    });
    return [];
  }
  if (project?.columns && endsGrid(cells)) project.closed = true;
  const indicator = project?.columns && !project.closed && inGrid ? readIndicatorRow(project, cells, line) : null;
  if (indicator) return indicator;
  if (pairs.length > 0) return [...pairs.flatMap((pair) => applyKey(pair, line, state)), ...unread()];
  if (!project && rest.length === 1 && (!state.title || (!TITLE.test(state.title) && TITLE.test(rest[0])))) {
    const replaced = state.title ? [{ line, message: `文字「${excerpt(state.title)}」未能识别，未导入` }] : [];
    state.title = rest[0] ?? '';
    return replaced;
  }
  return unread();
}

function finishProject(project: GridProject): Staged<PreviewProject> {
  const { line, name, amounts, goal, indicators, columns } = project;
  const warnings: ImportWarning[] = [];
  const warn = (message: string): void => void warnings.push({ line, message });
  if (!columns || indicators.length === 0) warn(`项目「${name}」没有绩效指标`);
  if (goal === '' && project.annualGoal === '') warn(`项目「${name}」没有绩效目标`);
  warnings.push(...checkProjectParts(name, amounts, line));
  const fields = { department: project.department, executor: project.executor, period: project.period };
  const known = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== ''));
  return { value: { name, amounts, goal: project.annualGoal || goal, indicators, line, ...known }, warnings };
}

/**
 * Labels at the end of a row whose values stand on the next row (`总体目标 年度目标 完成情况` then the goal): one
 * value goes to the last label that takes one; several pair with the labels from the end (`预期目标 实际完成情况`).
 */
function joinDanglingValues(records: GridRecord[]): GridRecord[] {
  const joined: GridRecord[] = [];
  for (const record of records) {
    const last = joined[joined.length - 1];
    const values = record.cells.filter(Boolean);
    let labels = 0;
    while (last && labels < last.cells.length && keyOf(last.cells[last.cells.length - 1 - labels]) !== null) labels += 1;
    const taking = last ? last.cells.findLastIndex((cell) => keyOf(cell) !== null && keyOf(cell) !== 'ignored') : -1;
    const fits = last && labels > 0 && values.length > 0 && values.length <= labels && values.every((cell) => keyOf(cell) === null);
    if (fits && values.length === 1 && taking >= last.cells.length - labels) {
      last.cells = [...last.cells.slice(0, taking + 1), values[0], ...last.cells.slice(taking + 1)];
    } else if (fits && values.length > 1 && !readGridHeader(record.cells)) {
      const start = last.cells.length - values.length;
      last.cells = [...last.cells.slice(0, start), ...values.flatMap((value, i) => [last.cells[start + i], value])];
    } else joined.push({ ...record, cells: [...record.cells] });
  }
  return joined;
}

/** The rows as the table had them: cleaned, and rebuilt from a cell-per-line stream when they were copied that way. */
export function gridRecords(rows: Rows): Staged<GridRecord[]> {
  const cleaned = rows.map((raw, index) => ({ ...cleanRow(raw, index + 1), line: index + 1 }));
  const warnings = cleaned.flatMap((row) => row.warnings);
  const plain = cleaned.map((row) => row.value);
  const records = isCellStream(plain) ? streamRecords(plain) : joinDanglingValues(plain.map((cells, index) => ({ cells, line: index + 1 })));
  return { value: records, warnings };
}

/** Parses the grid layout; throws TableFormatError when there is no grid header or no project. */
export function parseGridTable(rows: Rows): ImportPreview {
  const records = gridRecords(rows);
  const state: GridState = { title: '', department: '', divisor: 1, projects: [], afterHeader: false };
  const read = records.value.flatMap((record) => readGridRow(record, state));
  if (!state.projects.some((project) => project.columns)) throw new TableFormatError(MISSING_GRID_HEADER);
  const finished = state.projects.map(finishProject);
  const projects = finished.map((project) => project.value);
  const totals = projects.map((project) => project.amounts).reduce(addAmounts, emptyAmounts());
  const warnings = [...records.warnings, ...read, ...finished.flatMap((project) => project.warnings)].sort((a, b) => a.line - b.line);
  return { title: state.title, department: state.department, unit: '万元', totals, projects, warnings };
}
