/**
 * The per-project grid layout (DOMAIN.md §1) most provinces publish, usually as Excel; here as rows of
 * cells (an Excel sheet's rows, or tab-separated text split into cells). Row i is source line i + 1.
 *
 *     项目支出绩效目标表                          ← optional title: a lone cell before the first project
 *     部门名称 | 广州市…   (or 部门名称：广州市…)  ← optional; also 主管部门
 *     单位 | 万元                                 ← optional; 元 is converted to 万元
 *     项目名称 | 2022年…项目                      ← starts a project; several pairs may share a row
 *     资金总额 | 30.00 | 财政拨款 | 30.00 | 财政专户拨款 | | 其他资金 |
 *     年度绩效目标 | …                           ← also 绩效目标, 年度总体目标
 *     一级指标 | 二级指标 | 三级指标 | 指标值 | 度量单位 | 指标性质 | 权重
 *     产出指标 | 数量指标 | 参加会议人数 | 30 | 人 | ≥ | 10
 *              |          | 会议数       | 4  | 次 | ≥ | 10   ← empty 一级/二级 (merged cells) carry down
 *     项目名称 | …                                ← the next project
 *
 * Only 三级指标 and 指标值 columns are required. 指标值, 度量单位 and 指标性质 are composed into the
 * 年度指标值 text (`≥30人`). Totals are the sum of the projects (the layout has no 合计 row).
 */
import { addAmounts, checkProjectParts, emptyAmounts, readAmountCell } from './amounts';
import { TableFormatError } from './errors';
import { composeTarget, readGridHeader, readKeyValues, type GridColumn, type KeyValue } from './grid-keys';
import { normaliseCategory, inferMode, parseTarget } from '../target-value';
import { cleanRow, excerpt } from './text';
import type { ImportPreview, ImportWarning, PreviewProject, Staged } from './types';

interface GridProject extends PreviewProject {
  line: number;
  columns: (GridColumn | null)[] | null;
  level1: string;
  level2: string;
  weighted: boolean;
}

interface GridState {
  title: string;
  department: string;
  divisor: number;
  projects: GridProject[];
}

export const MISSING_GRID_HEADER = '未识别到项目支出绩效目标表：缺少指标表头行（一级指标…三级指标…指标值）';

function newProject(name: string, line: number, state: GridState): GridProject {
  const project: GridProject = {
    name, amounts: emptyAmounts(), goal: '', indicators: [], line, columns: null, level1: '', level2: '', weighted: false,
  };
  state.projects.push(project);
  return project;
}

function applyKey(pair: KeyValue, line: number, state: GridState): ImportWarning[] {
  const project = state.projects.at(-1);
  const warnings: ImportWarning[] = [];
  const warn = (message: string): void => void warnings.push({ line, message });
  if (pair.key === 'project') newProject(pair.value || `未命名项目（第${line}行）`, line, state);
  else if (pair.key === 'department') state.department ||= pair.value;
  else if (pair.key === 'unit') state.divisor = /^元$/.test(pair.value) ? 10000 : 1;
  else if (!project) warn(`「${pair.label}」出现在第一个「项目名称」之前，未导入`);
  else if (pair.key === 'goal') project.goal += pair.value;
  else if (pair.key === 'executor') {
    if (pair.value !== state.department) warn(`实施单位「${pair.value}」未导入（预览数据不含实施单位）`);
  }
  else {
    const cell = readAmountCell(pair.value);
    if (cell.kind === 'amount') project.amounts[pair.key] = cell.value / state.divisor;
    if (cell.kind === 'text') warn(`「${pair.label}」的「${excerpt(pair.value)}」不是金额，按空处理`);
  }
  if (pair.key === 'project' && !pair.value) warn('「项目名称」为空，暂记为「未命名项目」，请补充');
  if (pair.key === 'unit' && !/^万?元$/.test(pair.value)) warn(`无法识别的金额单位「${pair.value}」，按万元处理`);
  return warnings;
}

function readIndicatorRow(project: GridProject, cells: string[], line: number): ImportWarning[] {
  const columns = project.columns ?? [];
  const cell = (column: GridColumn): string => cells[columns.indexOf(column)] ?? '';
  const warnings: ImportWarning[] = [];
  const warn = (message: string): void => void warnings.push({ line, message });
  if (cell('level1')) [project.level1, project.level2] = [cell('level1'), cell('level2')];
  else if (cell('level2')) project.level2 = cell('level2');
  const first = normaliseCategory(project.level1);
  const second = normaliseCategory(project.level2);
  const category = first.category ?? second.category;
  const subcategory = first.subcategory ?? second.subcategory ?? (project.level2 || null);
  const seq = project.indicators.length + 1;
  if (category === null) warn(`第${seq}项指标的一级指标「${project.level1}」无法识别，请选择`);
  const name = cell('name');
  if (!name) warn(`第${seq}项指标没有名称（三级指标），请补充`);
  if (!cell('value')) warn(`第${seq}项指标没有指标值，请补充`);
  const targetText = composeTarget(cell('value'), cell('unit'), cell('nature'), warn);
  project.weighted ||= cell('weight') !== '';
  const target = parseTarget(targetText, name);
  project.indicators.push({ seq, category, subcategory, name, targetText, target, mode: inferMode(target, name, targetText) });
  return warnings;
}

function readGridRow(cells: string[], line: number, state: GridState): ImportWarning[] {
  const project = state.projects.at(-1);
  const { pairs, rest } = readKeyValues(cells);
  const header = readGridHeader(cells);
  const columns = project?.columns;
  const inGrid = columns && !pairs.some((pair) => pair.key === 'project');
  const unread = (): ImportWarning[] => (rest.length > 0 ? [{ line, message: `文字「${excerpt(rest.join(' '))}」未能识别，未导入` }] : []);
  if (header) {
    (project ?? newProject(`未命名项目（第${line}行）`, line, state)).columns = header;
    return project ? [] : [{ line, message: '指标表头之前没有「项目名称」，暂记为「未命名项目」，请补充' }];
  }
  if (project && inGrid && (cells[columns.indexOf('name')] || cells[columns.indexOf('value')])) return readIndicatorRow(project, cells, line);
  if (pairs.length > 0) return [...pairs.flatMap((pair) => applyKey(pair, line, state)), ...unread()];
  if (!project && !state.title && rest.length === 1) {
    state.title = rest[0] ?? '';
    return [];
  }
  return unread();
}

function finishProject({ line, name, amounts, goal, indicators, weighted, columns }: GridProject): Staged<PreviewProject> {
  const warnings: ImportWarning[] = [];
  const warn = (message: string): void => void warnings.push({ line, message });
  if (!columns || indicators.length === 0) warn(`项目「${name}」没有绩效指标`);
  if (goal === '') warn(`项目「${name}」没有绩效目标`);
  if (weighted) warn(`项目「${name}」的权重未导入（预览数据不含权重）`);
  warnings.push(...checkProjectParts(name, amounts, line));
  return { value: { name, amounts, goal, indicators }, warnings };
}

/** Parses the grid layout; throws TableFormatError when there is no grid header or no project. */
export function parseGridTable(rows: readonly (readonly string[])[]): ImportPreview {
  const state: GridState = { title: '', department: '', divisor: 1, projects: [] };
  const read = rows.flatMap((raw, index) => {
    const cleaned = cleanRow(raw, index + 1);
    return [...cleaned.warnings, ...readGridRow(cleaned.value, index + 1, state)];
  });
  if (!state.projects.some((project) => project.columns)) throw new TableFormatError(MISSING_GRID_HEADER);
  const finished = state.projects.map(finishProject);
  const projects = finished.map((project) => project.value);
  const totals = projects.map((project) => project.amounts).reduce(addAmounts, emptyAmounts());
  const warnings = [...read, ...finished.flatMap((project) => project.warnings)].sort((a, b) => a.line - b.line);
  return { title: state.title, department: state.department, unit: '万元', totals, projects, warnings };
}
